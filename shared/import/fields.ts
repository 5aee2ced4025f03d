// The fields a row can fill and the column headers that mean them. Headers are recognised case-, accent- and
// space-insensitively ("Full name", "FULL_NAME", "fullname"), with the synonyms crew and cast lists use. The
// mapping from columns to fields is plain data, so the dialog can show it, the user can change it, and a test or
// the command line can write it by hand.
import { foldWords } from '../names/fold';

export const IMPORT_FIELDS = [
  'name',
  'title',
  'department',
  'placement',
  'contributionTypes',
  'justification',
  'creditedAs',
  'character',
  'episodes',
  'billing',
  'email',
  'company',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index -> the field it fills, or 'ignore'. Columns not listed are ignored. */
export type ColumnMapping = Record<number, ImportField | 'ignore'>;

/** Labels for the mapping menu. */
export const FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  title: 'Credit title',
  department: 'Department',
  placement: 'Placement',
  contributionTypes: 'Contribution types',
  justification: 'Justification',
  creditedAs: 'Credited as',
  character: 'Character',
  episodes: 'Episodes',
  billing: 'Billing',
  email: 'Email',
  company: 'Company',
  notes: 'Notes',
};

/** Synonyms, written as they would be typed; compared with spaces, case, accents and punctuation removed. */
const SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'names', 'full name', 'person', 'person name', 'crew member', 'cast member', 'performer', 'actor', 'talent'],
  title: ['credit', 'credit title', 'role', 'title', 'job', 'job title', 'position', 'crew role'],
  department: ['department', 'dept', 'departments'],
  placement: ['placement', 'credit placement'],
  contributionTypes: ['contribution', 'contributions', 'contribution type', 'contribution types', 'contribution type(s)'],
  justification: ['justification', 'justifications', 'reason', 'reasons'],
  creditedAs: ['credited as', 'screen name', 'on screen name'],
  character: ['character', 'character name', 'characters', 'part'],
  episodes: ['episode', 'episodes', 'episode(s)', 'eps'],
  billing: ['billing', 'order', 'billing order', 'billing position'],
  email: ['email', 'email address'],
  company: ['company', 'company name'],
  notes: ['notes', 'note', 'comments', 'comment'],
};

function compactKey(text: string): string {
  return foldWords(text.replace(/\(s\)/gi, 's')).join('');
}

const BY_KEY = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const synonym of SYNONYMS[field]) BY_KEY.set(compactKey(synonym), field);

/** The field a header means, or null when nobody recognises it. */
export function recogniseHeader(header: string): ImportField | null {
  return BY_KEY.get(compactKey(header)) ?? null;
}

/**
 * A first mapping from the headers: each recognised header to its field, the first column winning when two mean
 * the same field (the second is ignored, so that "Name" and "Full name" do not both fill names), the rest ignored.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<ImportField>();
  headers.forEach((header, index) => {
    const field = recogniseHeader(header);
    if (field && !used.has(field)) {
      mapping[index] = field;
      used.add(field);
    } else {
      mapping[index] = 'ignore';
    }
  });
  return mapping;
}

/** Columns whose header nobody recognised: the dialog offers them for mapping by hand. */
export function unrecognisedColumns(headers: readonly string[]): number[] {
  return headers.flatMap((header, index) => (recogniseHeader(header) === null ? [index] : []));
}

/** Field -> column index, for the fields the mapping uses. */
export function columnsByField(mapping: ColumnMapping, columnCount: number): Partial<Record<ImportField, number>> {
  const columns: Partial<Record<ImportField, number>> = {};
  for (const [key, field] of Object.entries(mapping)) {
    const index = Number(key);
    if (field === 'ignore' || !Number.isInteger(index) || index < 0 || index >= columnCount) continue;
    if (columns[field] === undefined) columns[field] = index;
  }
  return columns;
}

/** Sentences for a mapping that cannot work: no name column, or one field filled from two columns. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): string[] {
  const problems: string[] = [];
  const byField = new Map<ImportField, number[]>();
  for (const [key, field] of Object.entries(mapping)) {
    const index = Number(key);
    if (field === 'ignore' || !Number.isInteger(index) || index < 0 || index >= headers.length) continue;
    byField.set(field, [...(byField.get(field) ?? []), index]);
  }
  for (const [field, indexes] of byField) {
    if (indexes.length > 1) {
      problems.push(`${indexes.map((i) => `“${headers[i]}”`).join(' and ')} are both mapped to ${FIELD_LABELS[field]}; keep one and ignore the other.`);
    }
  }
  if (!byField.has('name') && !byField.has('company')) {
    const shown = headers.slice(0, 8).map((h) => `“${h}”`).join(', ');
    problems.push(`No column holds names: Rollcall did not recognise a name column among ${shown}${headers.length > 8 ? ', …' : ''}; choose which column has the names.`);
  }
  return problems;
}
