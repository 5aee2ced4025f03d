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

export function buildCreditIndex(source: CreditSearchSource): CreditSearchIndex {
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

  const n = source.credits.length;
  const draft: { entry: CreditEntry; haystack: string; key: OrderKey }[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const credit = source.credits[i];
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
    draft[i] = {
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
      key: {
        title: ranksOfTitles.get(credit.titleId) ?? Number.MAX_SAFE_INTEGER,
        placement: PLACEMENT_RANK[credit.placement] ?? 2,
        billing: Number.isFinite(credit.billing) ? credit.billing : 0,
        name: ranksOfNames.get(subjectId) ?? Number.MAX_SAFE_INTEGER,
        id: credit.id,
      },
    };
  }
  draft.sort((a, b) => compareOrderKeys(a.key, b.key));

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
    const { entry, haystack } = draft[i];
    index.entries[i] = entry;
    index.haystacks[i] = haystack;
    index.departmentIds[i] = entry.departmentId;
    index.titleIds[i] = entry.credit.titleId;
    index.statuses[i] = entry.credit.status;
    index.placements[i] = entry.credit.placement;
    index.typeIds[i] = entry.credit.contributions.map((c) => c.typeId);
    index.missing[i] = entry.missingJustification ? 1 : 0;
    index.positions.set(entry.credit.id, i);
  }
  return index;
}
