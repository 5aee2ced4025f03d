// One side of a comparison with its lookups built once, so every question about a credit (who, which title, which
// department) is a map lookup and a 20,000-credit comparison stays linear.
import type { ContributionType, Credit, CreditTitle, Department } from '../model/types';
import { foldText } from '../names/fold';
import type { CreditsState, PublicCompany, PublicPerson } from '../revisions/state';
import type { CreditRef } from './types';

export interface Side {
  state: CreditsState;
  /**
   * Each credit's person or company record, by the credit's index in `state.credits` (undefined when missing):
   * looked up once, since the roll order, the matching and the field comparison all need every credit's name.
   */
  subjects: (PublicPerson | PublicCompany | undefined)[];
  /** Each credit's title as an index into `state.titles` (by credit index); -1 when the side has no such title. */
  titleAt: Int32Array;
  /** Index in `state.titles` of each title id. */
  titleIndex: Map<string, number>;
  people: Map<string, PublicPerson>;
  companies: Map<string, PublicCompany>;
  titles: Map<string, CreditTitle>;
  departments: Map<string, Department>;
  contributionTypes: Map<string, ContributionType>;
  /** The name on screen: credited-as when set, else the person's or company's name. */
  screenName(credit: Credit): string;
  /**
   * The person's or company's name (a placeholder when the record is missing) and the name on screen of the credit
   * at an index of `state.credits`, without looking the record up.
   */
  subjectNameAt(index: number): string;
  screenNameAt(index: number): string;
  /** Folded subject name for matching, of the credit at an index of `state.credits` (each name folded once). */
  matchNameAt(index: number): string;
  titleName(credit: Credit): string;
  departmentOf(credit: Credit): Department | undefined;
  ref(credit: Credit): CreditRef;
}

export const subjectKey = (credit: Credit): string => (credit.subject.kind === 'person' ? `p:${credit.subject.personId}` : `c:${credit.subject.companyId}`);

/** Records by id, as `new Map(records.map((r) => [r.id, r]))` without an entry array per record (19,000 people). */
function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) map.set(record.id, record);
  return map;
}

export function buildSide(state: CreditsState): Side {
  const people = byId(state.people);
  const companies = byId(state.companies);
  const titles = byId(state.titles);
  const departments = byId(state.departments);
  const contributionTypes = byId(state.contributionTypes);
  const folded = new Map<string, string>();
  const credits = state.credits;
  const titleIndex = new Map<string, number>();
  state.titles.forEach((title, i) => titleIndex.set(title.id, i));
  const subjects: (PublicPerson | PublicCompany | undefined)[] = new Array(credits.length);
  const titleAt = new Int32Array(credits.length);
  for (let i = 0; i < credits.length; i++) {
    const subject = credits[i].subject;
    subjects[i] = subject.kind === 'person' ? people.get(subject.personId) : companies.get(subject.companyId);
    titleAt[i] = titleIndex.get(credits[i].titleId) ?? -1;
  }

  const nameOf = (credit: Credit, record: { name: string } | undefined): string =>
    record?.name ?? (credit.subject.kind === 'person' ? '(unknown person)' : '(unknown company)');
  const subjectName = (credit: Credit): string =>
    nameOf(credit, credit.subject.kind === 'person' ? people.get(credit.subject.personId) : companies.get(credit.subject.companyId));
  const screenName = (credit: Credit): string => credit.creditedAs.trim() || subjectName(credit);
  const subjectNameAt = (index: number): string => nameOf(credits[index], subjects[index]);
  const titleName = (credit: Credit): string => titles.get(credit.titleId)?.name ?? '(unknown title)';
  const departmentOf = (credit: Credit): Department | undefined => {
    const title = titles.get(credit.titleId);
    return title ? departments.get(title.departmentId) : undefined;
  };
  return {
    state,
    subjects,
    titleAt,
    titleIndex,
    people,
    companies,
    titles,
    departments,
    contributionTypes,
    screenName,
    subjectNameAt,
    screenNameAt: (index) => credits[index].creditedAs.trim() || subjectNameAt(index),
    titleName,
    departmentOf,
    matchNameAt(index) {
      const name = subjectNameAt(index);
      let value = folded.get(name);
      if (value === undefined) {
        value = foldText(name);
        folded.set(name, value);
      }
      return value;
    },
    ref(credit) {
      return {
        creditId: credit.id,
        person: screenName(credit),
        title: titleName(credit),
        department: departmentOf(credit)?.name ?? '',
        placement: credit.placement,
        billing: credit.billing,
        status: credit.status,
        character: credit.character,
        uncredited: credit.uncredited,
      };
    },
  };
}

/**
 * Pairs records of the two sides by id, then by folded name among those left: how departments, titles and
 * contribution types of two separately imported files are recognised as the same. Returns before id -> after id.
 */
export function pairByIdThenName<T extends { id: string; name: string }>(before: readonly T[], after: readonly T[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const afterIds = new Set(after.map((r) => r.id));
  const usedAfter = new Set<string>();
  for (const record of before) {
    if (afterIds.has(record.id)) {
      pairs.set(record.id, record.id);
      usedAfter.add(record.id);
    }
  }
  const byName = new Map<string, T[]>();
  for (const record of after) {
    if (usedAfter.has(record.id)) continue;
    const key = foldText(record.name);
    const list = byName.get(key);
    if (list) list.push(record);
    else byName.set(key, [record]);
  }
  for (const record of before) {
    if (pairs.has(record.id)) continue;
    const match = byName.get(foldText(record.name))?.shift();
    if (match) pairs.set(record.id, match.id);
  }
  return pairs;
}

/**
 * The before side's titles against the after side's, by index: the paired after title of each before title (-1 for
 * none), and whether the departments of the two are paired as well. Computed once per comparison (a few hundred
 * titles), so that checking 20,000 credits for a change of title or department compares integers.
 */
export interface TitlePairs {
  afterOf: Int32Array;
  sameDepartment: Uint8Array;
}

export function pairTitles(before: Side, after: Side, titleMap: ReadonlyMap<string, string>, departmentMap: ReadonlyMap<string, string>): TitlePairs {
  const titles = before.state.titles;
  const afterOf = new Int32Array(titles.length).fill(-1);
  const sameDepartment = new Uint8Array(titles.length);
  for (let t = 0; t < titles.length; t++) {
    const partner = titleMap.get(titles[t].id);
    const u = partner === undefined ? undefined : after.titleIndex.get(partner);
    if (u === undefined) continue;
    afterOf[t] = u;
    const da = before.departments.get(titles[t].departmentId);
    const db = after.departments.get(after.state.titles[u].departmentId);
    sameDepartment[t] = (da && departmentMap.get(da.id)) === db?.id ? 1 : 0;
  }
  return { afterOf, sameDepartment };
}
