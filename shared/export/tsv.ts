// TSV in the title-house convention: a role, a tab, a name on each line; a role with several names repeats on the
// first line only, the other names follow with an empty role; names-only groups put their label on a line of its
// own and then one name per line; a blank line separates sections. Cells are neutralised against spreadsheet
// formulas (an editor may open the file in Excel) and never hold tabs or line breaks. CRLF line ends.
import type { Roll, RollBlock, RollEntry } from '../roll/types';
import { tsvField } from './spreadsheet-cells';

const CRLF = '\r\n';

function line(...cells: string[]): string {
  return cells.map(tsvField).join('\t');
}

function entryLines(role: string, entries: readonly RollEntry[], conjunction: 'and' | null, out: string[]): void {
  entries.forEach((entry, i) => {
    const text = i > 0 && conjunction === 'and' ? `and ${entry.text}` : entry.text;
    out.push(line(i === 0 ? role : '', text));
  });
}

function blockLines(block: RollBlock, out: string[]): void {
  switch (block.kind) {
    case 'pairs':
      for (const row of block.rows) entryLines(row.role, row.entries, row.conjunction, out);
      return;
    case 'names':
      out.push(line(block.role));
      for (const entry of block.entries) out.push(line(entry.text));
      return;
    case 'songs':
      for (const song of block.songs) {
        out.push(line(`“${song.title}”`));
        if (song.writtenBy) out.push(line('Written by', song.writtenBy));
        if (song.performedBy) out.push(line('Performed by', song.performedBy));
        if (song.courtesyOf) out.push(line('Courtesy of', song.courtesyOf));
      }
      return;
    case 'logos':
      for (const logo of block.logos) out.push(line('Logo', logo.name));
      return;
    case 'paragraph':
      for (const text of block.text.split('\n')) out.push(line(text));
      return;
    case 'spacer':
      // Sections are already separated by a blank line.
      return;
  }
}

export function rollToTsv(roll: Roll): string {
  const out: string[] = [];
  for (const card of roll.mainTitles) entryLines(card.role ?? '', card.entries, card.conjunction, out);
  if (roll.mainTitles.length) out.push('');
  roll.endCredits.forEach((section, i) => {
    if (i > 0) out.push('');
    if (section.heading !== null) out.push(line(section.heading));
    for (const block of section.blocks) blockLines(block, out);
  });
  return out.join(CRLF).replace(/(\r\n){3,}/g, CRLF + CRLF).replace(/(\r\n)+$/, '') + CRLF;
}
