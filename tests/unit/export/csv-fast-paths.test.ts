// The CSV export's fast paths must write exactly what the straightforward code writes: creditRecords sorting by
// ranked titles instead of comparing title orders, rows built without quoting fixed words, formula neutralising
// by character code, and instants formatted from their characters instead of a Date. Each is compared with the
// straightforward version (kept here as the reference) over random productions and strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCompany, type Credit, type RollcallDocument } from '../../../shared/model';
import { creditRecords, type CreditRecord } from '../../../shared/export/credit-records';
import { creditsToCsv, CSV_COLUMNS } from '../../../shared/export/csv';
import { formatInstant } from '../../../shared/export/dates';
import { csvField, neutraliseFormula } from '../../../shared/export/spreadsheet-cells';
import { cleanName } from '../../../shared/names';
import { pgaMarkApplies, rollName } from '../../../shared/roll/credit-names';
import { creditInEpisode, creditLookups, findEpisode } from '../../../shared/roll/credit-lookups';
import { compareTitleOrder, type TitleOrder } from '../../../shared/roll/order';
import { buildDocument, certifiedPga } from '../roll/build-document';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function referenceInstant(value: string | null): string {
  if (value === null) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}

const referenceNeutralise = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
const referenceCsvField = (value: string) => {
  const cell = referenceNeutralise(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
};

const MISSING_ORDER: TitleOrder = { departmentRank: Number.MAX_SAFE_INTEGER, departmentName: '', guildRank: 0, titleOrder: 0 };

/** creditRecords as it was: one comparator over title order, title id, placement, billing, name rank and id. */
function referenceRecords(document: RollcallDocument, episodeId: string | null): CreditRecord[] {
  const episode = findEpisode(document, episodeId);
  const { orders, titles, departments, people, companies, nameRanks, cleanSubjectName } = creditLookups(document);
  const records: CreditRecord[] = [];
  for (const credit of document.credits) {
    if (!creditInEpisode(credit, episode)) continue;
    const title = titles.get(credit.titleId);
    const person = credit.subject.kind === 'person' ? people.get(credit.subject.personId) : undefined;
    const company = credit.subject.kind === 'company' ? companies.get(credit.subject.companyId) : undefined;
    const subjectId = credit.subject.kind === 'person' ? credit.subject.personId : credit.subject.companyId;
    const subjectName = cleanSubjectName(subjectId, person?.name ?? company?.name ?? '');
    const pga = title ? pgaMarkApplies(credit, title, person, document.production.kind) : false;
    records.push({
      credit,
      title,
      department: title ? departments.get(title.departmentId) : undefined,
      subjectName,
      subjectKind: credit.subject.kind,
      nameOnRoll: rollName(credit, subjectName, pga).text,
      pga,
      nameRank: nameRanks.get(subjectId) ?? 0,
      order: (title && orders.get(title.id)) || MISSING_ORDER,
    });
  }
  records.sort(
    (a, b) =>
      compareTitleOrder(a.order, b.order) ||
      (a.credit.titleId < b.credit.titleId ? -1 : a.credit.titleId > b.credit.titleId ? 1 : 0) ||
      (a.credit.placement === b.credit.placement ? 0 : a.credit.placement === 'main' ? -1 : 1) ||
      a.credit.billing - b.credit.billing ||
      a.nameRank - b.nameRank ||
      (a.credit.id < b.credit.id ? -1 : a.credit.id > b.credit.id ? 1 : 0),
  );
  return records;
}

/** creditsToCsv as it was: an array of 21 cells per row, every cell through csvField. */
function referenceCsv(document: RollcallDocument, episodeId: string | null): string {
  const typeNames = new Map(document.contributionTypes.map((t) => [t.id, cleanName(t.name)]));
  const episodes = new Map(document.production.episodes.map((e) => [e.id, `S${e.season}E${String(e.number).padStart(2, '0')}`]));
  const numbered = (values: readonly string[]) => (values.length <= 1 ? (values[0] ?? '') : values.map((v, i) => `[${i + 1}] ${v}`).join('\n'));
  const lines = [CSV_COLUMNS.map(referenceCsvField).join(',')];
  for (const r of referenceRecords(document, episodeId)) {
    const c = r.credit;
    const k = c.contributions;
    const cells = [
      c.id,
      r.subjectName,
      r.subjectKind === 'person' ? 'Person' : 'Company',
      c.creditedAs ? cleanName(c.creditedAs) : '',
      c.uncredited ? '' : r.nameOnRoll,
      c.character ? cleanName(c.character) : '',
      r.title ? cleanName(r.title.name) : `(missing title ${c.titleId})`,
      r.department ? cleanName(r.department.name) : '',
      c.placement === 'main' ? 'Main titles' : 'End credits',
      String(c.billing),
      c.status,
      c.uncredited ? 'Uncredited' : 'Yes',
      c.teamId,
      r.pga ? 'Yes' : c.pgaMark ? 'Requested, not allowed' : '',
      c.episodes === 'all' ? 'All' : c.episodes.map((id) => episodes.get(id) ?? id).join('; '),
      numbered(k.map((x) => typeNames.get(x.typeId) ?? x.typeId)),
      numbered(k.map((x) => x.justification.trim())),
      numbered(k.map((x) => x.evidence.trim())),
      numbered(k.map((x) => x.recordedBy.trim())),
      c.approvedBy,
      referenceInstant(c.approvedAt),
    ];
    lines.push(cells.map(referenceCsvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

const text = fc.oneof(
  fc.constantFrom('', 'Jane Doe', ' Ana  María ', 'Zoë', '=SUM(A1)', '-3', '@x', 'a,b', 'say "hi"', 'two\nlines', '李小龍', '\u202Eevil'),
  fc.string({ maxLength: 8 }),
);
const instant = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-02-30T10:00:00.000Z', '2024-02-29T23:59:59.999Z', '2026-11-28T13:00:00+01:00', '2026-11-28T13:00:00Z'),
);

const creditSpec = fc.record({
  name: text,
  company: fc.boolean(),
  samePersonAs: fc.option(fc.nat(20), { nil: null }),
  titleIndex: fc.integer({ min: -1, max: 40 }),
  placement: fc.constantFrom('main' as const, 'end' as const),
  billing: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.constantFrom(0.5, 1e9)),
  creditedAs: text,
  character: text,
  uncredited: fc.boolean(),
  teamId: fc.constantFrom('', 't1', '=t'),
  pgaMark: fc.boolean(),
  pgaPerson: fc.boolean(),
  status: fc.constantFrom('draft' as const, 'proposed' as const, 'approved' as const, 'locked' as const),
  approvedBy: text,
  approvedAt: instant,
  contributions: fc.array(fc.record({ justification: text, evidence: text, recordedBy: text, typeIndex: fc.nat(6) }), { maxLength: 3 }),
  episodes: fc.option(fc.array(fc.constantFrom('ep-1', 'ep-2', 'ep-gone'), { maxLength: 2 }), { nil: null }),
  idSuffix: fc.constantFrom('a', 'b', 'c'),
});

type CreditSpec = typeof creditSpec extends fc.Arbitrary<infer T> ? T : never;

function productionOf(specs: CreditSpec[], series: boolean): RollcallDocument {
  const b = buildDocument(series ? 'series' : 'feature');
  const doc = b.doc;
  doc.production.episodes = [
    { id: 'ep-1', season: 1, number: 1, title: 'One' },
    { id: 'ep-2', season: 1, number: 2, title: 'Two' },
  ];
  doc.contributionTypes.push({ id: 'evil', name: '=EVIL()', builtIn: false });
  const company = createCompany({ name: ' Acme,  Pictures ' });
  doc.companies.push(company);
  specs.forEach((spec, i) => {
    const title = spec.titleIndex >= 0 ? doc.titles[spec.titleIndex % doc.titles.length] : undefined;
    const reuse = spec.samePersonAs !== null ? doc.people[spec.samePersonAs % Math.max(1, doc.people.length)] : undefined;
    const person = reuse ?? b.person(spec.name, spec.pgaPerson ? { guilds: certifiedPga } : {});
    const credit: Credit = b.credit(title?.id ?? `title:gone-${i % 2}`, person, {
      // Ids that repeat make the last sort key matter and equal ids test stability.
      id: `credit-${spec.idSuffix}-${i % 4}`,
      placement: spec.placement,
      billing: spec.billing,
      creditedAs: spec.creditedAs,
      character: spec.character,
      uncredited: spec.uncredited,
      teamId: spec.teamId,
      pgaMark: spec.pgaMark,
      status: spec.status,
      approvedBy: spec.approvedBy,
      approvedAt: spec.approvedAt,
      episodes: spec.episodes ?? 'all',
      contributions: spec.contributions.map((k, j) => ({
        id: `k${i}-${j}`,
        typeId: [...doc.contributionTypes.map((t) => t.id), 'type:gone'][k.typeIndex % (doc.contributionTypes.length + 1)],
        justification: k.justification,
        evidence: k.evidence,
        recordedBy: k.recordedBy,
        recordedAt: '2026-01-01T00:00:00.000Z',
      })),
    });
    if (spec.company) credit.subject = { kind: 'company', companyId: i % 3 ? company.id : 'company:gone' };
  });
  return doc;
}

describe('CSV export fast paths', () => {
  it('formatInstant reads ISO instants exactly as Date does', () => {
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const isoLike = fc
      .tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2), digits(3), fc.constantFrom('Z', 'z', '+01:00', ''), fc.constantFrom('T', ' ', 't'))
      .map(([y, mo, d, h, mi, s, ms, zone, t]) => `${y}-${mo}-${d}${t}${h}:${mi}:${s}.${ms}${zone}`);
    fc.assert(
      fc.property(fc.oneof(instant, isoLike, fc.string({ maxLength: 26 })), (value) => {
        expect(formatInstant(value)).toBe(referenceInstant(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('neutralises exactly the cells the regular expression did', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 4 })), (cell) => {
        expect(neutraliseFormula(cell)).toBe(referenceNeutralise(cell));
        expect(csvField(cell)).toBe(referenceCsvField(cell));
      }),
      { numRuns: 3000 },
    );
  });

  it('orders records and writes the CSV exactly as the straightforward code', () => {
    fc.assert(
      fc.property(fc.array(creditSpec, { maxLength: 30 }), fc.boolean(), fc.constantFrom(null, 'ep-1'), (specs, series, episodeId) => {
        const doc = productionOf(specs, series);
        const episode = series ? episodeId : null;
        const records = creditRecords(doc, { episodeId: episode });
        expect(records).toEqual(referenceRecords(doc, episode));
        expect(records.map((r) => r.credit)).toEqual(referenceRecords(doc, episode).map((r) => r.credit));
        expect(creditsToCsv(doc, { episodeId: episode })).toBe(referenceCsv(doc, episode));
      }),
      { numRuns: 300 },
    );
  });
});
