// The roll as plain text, as it reads on screen: the title, the opening cards one after another, then the end
// credits with each department's heading and its role-name lines ("Executive Producer: Anaïs Lefort"; for the
// cast "The Conductor — Σοφία Παπαδοπούλου"). Names exactly as on the roll; no styling, no layout.
import { rollTitle } from '../roll/html';
import type { Roll, RollBlock, RollEntry, RollRow } from '../roll/types';

function names(entries: readonly RollEntry[], conjunction: 'and' | null): string {
  return entries.map((e) => e.text).join(conjunction === 'and' ? ' and ' : '; ');
}

function rowLine(row: RollRow, cast: boolean): string {
  const who = names(row.entries, row.conjunction);
  if (row.role === '') return who;
  return cast ? `${row.role} — ${who}` : `${row.role}: ${who}`;
}

function blockLines(block: RollBlock, out: string[]): void {
  switch (block.kind) {
    case 'pairs':
      for (const row of block.rows) out.push(rowLine(row, block.cast));
      return;
    case 'names':
      out.push(`${block.role}:`);
      for (const entry of block.entries) out.push(entry.text);
      return;
    case 'songs':
      block.songs.forEach((song, i) => {
        if (i > 0) out.push('');
        out.push(`“${song.title}”`);
        if (song.writtenBy) out.push(`Written by ${song.writtenBy}`);
        if (song.performedBy) out.push(`Performed by ${song.performedBy}`);
        if (song.courtesyOf) out.push(`Courtesy of ${song.courtesyOf}`);
      });
      return;
    case 'logos':
      for (const logo of block.logos) out.push(`[Logo: ${logo.name}]`);
      return;
    case 'paragraph':
      out.push(...block.text.split('\n'));
      return;
    case 'spacer':
      return;
  }
}

export function rollToText(roll: Roll): string {
  const out: string[] = [rollTitle(roll), ''];
  if (roll.mainTitles.length) {
    out.push('MAIN TITLES', '');
    for (const card of roll.mainTitles) {
      if (card.role !== null) out.push(card.role);
      out.push(names(card.entries, card.conjunction), '');
    }
  }
  out.push('END CREDITS', '');
  for (const section of roll.endCredits) {
    if (section.heading !== null) out.push(section.heading.toLocaleUpperCase('und'));
    section.blocks.forEach((block, i) => {
      if (i > 0 && block.kind !== 'spacer' && section.blocks[i - 1].kind !== 'spacer') out.push('');
      blockLines(block, out);
    });
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
