// The search index of the credits list, built once per data change: one entry per credit in roll order, with what
// the list shows (names, title, marks) and a folded haystack (person or company name, credited-as name, title,
// department, character, justifications) that a keystroke scans with indexOf.
import type { Company, ContributionType, Credit, CreditStatus, CreditTitle, Department, Placement, Person, Production } from '../model/types';
import { financialTypeIds, isPossibleCourtesyCredit, isMissingJustification, producingTitleIds } from '../policy';
import { compareOrderKeys, PLACEMENT_RANK, subjectRanks, titleRanks, type OrderKey } from './credit-order';
import { cachedSortName, foldForSearch } from './fold-cache';

export interface CreditSearchSource {
  credits: readonly Credit[];
  people: readonly Pick<Person, 'id' | 'name' | 'sortName'>[];
  companies: readonly Pick<Company, 'id' | 'name'>[];
  titles: readonly CreditTitle[];
  departments: readonly Department[];
  contributionTypes: readonly ContributionType[];
  production: Pick<Production, 'kind' | 'policy'>;
}

export interface CreditEntry {
  credit: Credit;
  /** The person's or company's name; '' when the record is gone. */
  subjectName: string;
  subjectKind: 'person' | 'company';
  titleName: string;
  departmentId: string;
  departmentName: string;
  /** True when the title no longer exists (removed while credits used it). */
  orphanTitle: boolean;
  missingJustification: boolean;
  courtesy: boolean;
}

export interface CreditSearchIndex {
  entries: CreditEntry[];
  /** Column arrays parallel to entries, so a query touches flat data only. */
  haystacks: string[];
  departmentIds: string[];
  titleIds: string[];
  statuses: CreditStatus[];
  placements: Placement[];
  typeIds: string[][];
  missing: Uint8Array;
  /** Position of each credit id in entries. */
  positions: Map<string, number>;
}

const NO_DEPARTMENT = '';

/** The parts of a whole document the index reads (for the CLI, benchmarks and tests). */
export function creditSearchSource(document: CreditSearchSource): CreditSearchSource {
  const { credits, people, companies, titles, departments, contributionTypes, production } = document;
  return { credits, people, companies, titles, departments, contributionTypes, production };
}

interface Draft {
  entry: CreditEntry;
  haystack: string;
  key: OrderKey;
  typeIds: string[];
}

/**
 * What building an entry reads besides its credit: lookups, ranks and folded titles of the tables around the
 * credits, made once per index. An index keeps it, so an edit that changes only credits reuses it.
 */
interface BuildContext {
  source: CreditSearchSource;
  draft(credit: Credit): Draft;
}

function buildContext(source: CreditSearchSource): BuildContext {
  const titleById = new Map(source.titles.map((t) => [t.id, t]));
  const departmentById = new Map(source.departments.map((d) => [d.id, d]));
  const personById = new Map(source.people.map((p) => [p.id, p]));
  const companyById = new Map(source.companies.map((c) => [c.id, c]));
  const ranksOfTitles = titleRanks(source.titles, source.departments, source.production.kind);
  const ranksOfNames = subjectRanks(source.people, source.companies, cachedSortName);
  const courtesyContext = {
    producingTitleIds: producingTitleIds(source.titles, source.departments, source.production),
    financialTypeIds: financialTypeIds(source.contributionTypes),
  };
  // Folded title and department text once per title, not once per credit.
  const titleText = new Map<string, string>();
  for (const t of source.titles) titleText.set(t.id, `${foldForSearch(t.name)}\n${foldForSearch(departmentById.get(t.departmentId)?.name ?? '')}`);

  return {
    source,
    draft(credit) {
      const title = titleById.get(credit.titleId);
      const department = title ? departmentById.get(title.departmentId) : undefined;
      let subjectName = '';
      let subjectId: string;
      if (credit.subject.kind === 'person') {
        subjectId = credit.subject.personId;
        subjectName = personById.get(subjectId)?.name ?? '';
      } else {
        subjectId = credit.subject.companyId;
        subjectName = companyById.get(subjectId)?.name ?? '';
      }
      let haystack = `${foldForSearch(subjectName)}\n${foldForSearch(credit.creditedAs)}\n${foldForSearch(credit.character)}\n${titleText.get(credit.titleId) ?? ''}`;
      for (const c of credit.contributions) if (c.justification) haystack += `\n${foldForSearch(c.justification)}`;
      return {
        entry: {
          credit,
          subjectName,
          subjectKind: credit.subject.kind,
          titleName: title?.name ?? '',
          departmentId: title?.departmentId ?? NO_DEPARTMENT,
          departmentName: department?.name ?? '',
          orphanTitle: !title,
          missingJustification: isMissingJustification(credit, source.production),
          courtesy: isPossibleCourtesyCredit(credit, courtesyContext),
        },
        haystack,
        typeIds: credit.contributions.map((c) => c.typeId),
        key: {
          title: ranksOfTitles.get(credit.titleId) ?? Number.MAX_SAFE_INTEGER,
          placement: PLACEMENT_RANK[credit.placement] ?? 2,
          billing: Number.isFinite(credit.billing) ? credit.billing : 0,
          name: ranksOfNames.get(subjectId) ?? Number.MAX_SAFE_INTEGER,
          id: credit.id,
        },
      };
    },
  };
}

/** The index's column arrays from drafts already in list order. */
function indexOf(drafts: readonly Draft[], context: BuildContext): CreditSearchIndex {
  const n = drafts.length;
  const index: CreditSearchIndex = {
    entries: new Array(n),
    haystacks: new Array(n),
    departmentIds: new Array(n),
    titleIds: new Array(n),
    statuses: new Array(n),
    placements: new Array(n),
    typeIds: new Array(n),
    missing: new Uint8Array(n),
    positions: new Map(),
  };
  for (let i = 0; i < n; i++) {
    const { entry, haystack, typeIds } = drafts[i];
    index.entries[i] = entry;
    index.haystacks[i] = haystack;
    index.departmentIds[i] = entry.departmentId;
    index.titleIds[i] = entry.credit.titleId;
    index.statuses[i] = entry.credit.status;
    index.placements[i] = entry.credit.placement;
    index.typeIds[i] = typeIds;
    index.missing[i] = entry.missingJustification ? 1 : 0;
    index.positions.set(entry.credit.id, i);
  }
  built.set(index, { context, drafts });
  return index;
}

/** How each index was built, for updateCreditIndex. */
const built = new WeakMap<CreditSearchIndex, { context: BuildContext; drafts: readonly Draft[] }>();

export function buildCreditIndex(source: CreditSearchSource): CreditSearchIndex {
  const context = buildContext(source);
  const drafts = source.credits.map((credit) => context.draft(credit));
  drafts.sort((a, b) => compareOrderKeys(a.key, b.key));
  return indexOf(drafts, context);
}

/** True when two sources differ at most in their credits (the same arrays and production settings otherwise). */
function sameSurroundings(a: CreditSearchSource, b: CreditSearchSource): boolean {
  return (
    a.people === b.people &&
    a.companies === b.companies &&
    a.titles === b.titles &&
    a.departments === b.departments &&
    a.contributionTypes === b.contributionTypes &&
    a.production.kind === b.production.kind &&
    JSON.stringify(a.production.policy) === JSON.stringify(b.production.policy)
  );
}

/**
 * The index of `source`, from `previous` when only the credits changed: an edit replaces one credit object (or a
 * few) in a list of 20,000 or 100,000, so the entries of every credit that is the same object are kept, in their
 * order, and only the new ones are built and merged in. The result is what buildCreditIndex(source) gives (the
 * order is total: ties end on the credit id); anything else rebuilds.
 */
export function updateCreditIndex(previous: CreditSearchIndex, source: CreditSearchSource): CreditSearchIndex {
  const made = built.get(previous);
  if (!made || !sameSurroundings(made.context.source, source)) return buildCreditIndex(source);
  const { drafts } = made;
  const kept = new Uint8Array(drafts.length);
  const fresh: Draft[] = [];
  for (const credit of source.credits) {
    const at = previous.positions.get(credit.id);
    if (at !== undefined && drafts[at].entry.credit === credit && !kept[at]) kept[at] = 1;
    else fresh.push(made.context.draft(credit));
  }
  fresh.sort((a, b) => compareOrderKeys(a.key, b.key));
  const merged: Draft[] = new Array(source.credits.length);
  let m = 0;
  let f = 0;
  for (let k = 0; k < drafts.length; k++) {
    if (!kept[k]) continue;
    while (f < fresh.length && compareOrderKeys(fresh[f].key, drafts[k].key) < 0) merged[m++] = fresh[f++];
    merged[m++] = drafts[k];
  }
  while (f < fresh.length) merged[m++] = fresh[f++];
  return indexOf(merged, { ...made.context, source });
}
