// The CSV review export: one row per credit with every field a lawyer or an accountant checks (who, credited as
// what, under which title and department, where on the roll, billing, status, the contributions with their
// justifications and evidence, and who approved it). RFC 4180 (CRLF, quoted fields), formulas neutralised, and
// a UTF-8 byte order mark so that Excel reads names in any script correctly.
import type { RollcallDocument } from '../model';
import { cleanName } from '../names/clean-text';
import { creditRecords, type CreditRecord } from './credit-records';
import { formatInstant } from './dates';
import { csvRecord } from './spreadsheet-cells';

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
  const labels = new Map<string, string>();
  const label = (id: string, name: string) => {
    let text = labels.get(id);
    if (text === undefined) labels.set(id, (text = cleanName(name)));
    return text;
  };
  const lines: string[] = [csvRecord(CSV_COLUMNS)];
  for (const record of creditRecords(document, options)) lines.push(csvRecord(row(record, typeNames, episodes, label)));
  return BOM + lines.join(CRLF) + CRLF;
}

function row(r: CreditRecord, typeNames: Map<string, string>, episodes: Map<string, string>, label: (id: string, name: string) => string): string[] {
  const c = r.credit;
  const contributions = c.contributions;
  return [
    c.id,
    r.subjectName,
    r.subjectKind === 'person' ? 'Person' : 'Company',
    c.creditedAs ? cleanName(c.creditedAs) : '',
    c.uncredited ? '' : r.nameOnRoll,
    c.character ? cleanName(c.character) : '',
    r.title ? label(r.title.id, r.title.name) : `(missing title ${c.titleId})`,
    r.department ? label(`d:${r.department.id}`, r.department.name) : '',
    c.placement === 'main' ? 'Main titles' : 'End credits',
    String(c.billing),
    c.status,
    c.uncredited ? 'Uncredited' : 'Yes',
    c.teamId,
    r.pga ? 'Yes' : c.pgaMark ? 'Requested, not allowed' : '',
    c.episodes === 'all' ? 'All' : c.episodes.map((id) => episodes.get(id) ?? id).join('; '),
    numbered(contributions.map((k) => typeNames.get(k.typeId) ?? k.typeId)),
    numbered(contributions.map((k) => k.justification.trim())),
    numbered(contributions.map((k) => k.evidence.trim())),
    numbered(contributions.map((k) => k.recordedBy.trim())),
    c.approvedBy,
    formatInstant(c.approvedAt),
  ];
}
