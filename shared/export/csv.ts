// The CSV review export: one row per credit with every field a lawyer or an accountant checks (who, credited as
// what, under which title and department, where on the roll, billing, status, the contributions with their
// justifications and evidence, and who approved it). RFC 4180 (CRLF, quoted fields), formulas neutralised, and
// a UTF-8 byte order mark so that Excel reads names in any script correctly.
import type { RollcallDocument } from '../model';
import { cleanName } from '../names/clean-text';
import { creditRecords, type CreditRecord } from './credit-records';
import { formatInstant } from './dates';
import { csvField, csvRecord } from './spreadsheet-cells';

export const CSV_COLUMNS = [
  'Credit ID',
  'Person or company',
  'Kind',
  'Credited as',
  'Name on roll',
  'Character',
  'Title',
  'Department',
  'Placement',
  'Billing',
  'Status',
  'On roll',
  'Team',
  'p.g.a. mark',
  'Episodes',
  'Contribution types',
  'Justifications',
  'Evidence',
  'Recorded by',
  'Approved by',
  'Approved at',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Several contributions in one cell: numbered lines, the same numbers in the types, justifications and evidence. */
function numbered(values: readonly string[]): string {
  if (values.length <= 1) return values[0] ?? '';
  return values.map((v, i) => `[${i + 1}] ${v}`).join('\n');
}

export function creditsToCsv(document: RollcallDocument, options: { episodeId?: string | null } = {}): string {
  const typeNames = new Map(document.contributionTypes.map((t) => [t.id, cleanName(t.name)]));
  const episodes = new Map(document.production.episodes.map((e) => [e.id, `S${e.season}E${String(e.number).padStart(2, '0')}`]));
  // Title and department cells, cleaned and quoted once each (a few hundred labels across 20,000 rows).
  const titleCells = new Map<string, string>();
  const departmentCells = new Map<string, string>();
  const labelCell = (cells: Map<string, string>, id: string, name: string) => {
    let cell = cells.get(id);
    if (cell === undefined) cells.set(id, (cell = csvField(cleanName(name))));
    return cell;
  };
  // The byte order mark rides on the header and an empty last element gives the final CRLF, so the one join is
  // the only copy of the text (20,000 rows in several scripts is a 10 MB two-byte string).
  const lines: string[] = [BOM + csvRecord(CSV_COLUMNS)];
  for (const r of creditRecords(document, options)) {
    const title = r.title ? labelCell(titleCells, r.title.id, r.title.name) : csvField(`(missing title ${r.credit.titleId})`);
    const department = r.department ? labelCell(departmentCells, r.department.id, r.department.name) : '';
    lines.push(line(r, title, department, typeNames, episodes));
  }
  lines.push('');
  return lines.join(CRLF);
}

/**
 * One record as csvRecord would write the row of CSV_COLUMNS, with less work per row: fixed words ("Person",
 * "Main titles", "Yes", ...) need no quoting, title and department cells are quoted once per label, and a credit
 * without contributions skips their four numbered lists.
 */
function line(r: CreditRecord, titleCell: string, departmentCell: string, typeNames: Map<string, string>, episodes: Map<string, string>): string {
  const c = r.credit;
  const contributions = c.contributions;
  const none = contributions.length === 0;
  return [
    csvField(c.id),
    csvField(r.subjectName),
    r.subjectKind === 'person' ? 'Person' : 'Company',
    c.creditedAs ? csvField(cleanName(c.creditedAs)) : '',
    c.uncredited ? '' : csvField(r.nameOnRoll),
    c.character ? csvField(cleanName(c.character)) : '',
    titleCell,
    departmentCell,
    c.placement === 'main' ? 'Main titles' : 'End credits',
    csvField(String(c.billing)),
    csvField(c.status),
    c.uncredited ? 'Uncredited' : 'Yes',
    csvField(c.teamId),
    r.pga ? 'Yes' : c.pgaMark ? '"Requested, not allowed"' : '',
    c.episodes === 'all' ? 'All' : csvField(c.episodes.map((id) => episodes.get(id) ?? id).join('; ')),
    none ? '' : csvField(numbered(contributions.map((k) => typeNames.get(k.typeId) ?? k.typeId))),
    none ? '' : csvField(numbered(contributions.map((k) => k.justification.trim()))),
    none ? '' : csvField(numbered(contributions.map((k) => k.evidence.trim()))),
    none ? '' : csvField(numbered(contributions.map((k) => k.recordedBy.trim()))),
    csvField(c.approvedBy),
    csvField(formatInstant(c.approvedAt)),
  ].join(',');
}
