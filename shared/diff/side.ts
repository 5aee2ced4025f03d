// One side of a comparison with its lookups built once, so every question about a credit (who, which title, which
// department) is a map lookup and a 20,000-credit comparison stays linear.
import type { ContributionType, Credit, CreditTitle, Department } from '../model/types';
import { foldText } from '../names/fold';
import type { CreditsState, PublicCompany, PublicPerson } from '../revisions/state';
import type { CreditRef } from './types';

export interface Side {
  state: CreditsState;
  people: Map<string, PublicPerson>;
  companies: Map<string, PublicCompany>;
  titles: Map<string, CreditTitle>;
  departments: Map<string, Department>;
  contributionTypes: Map<string, ContributionType>;
  /** Person's or company's name; a placeholder when the record is missing. */
  subjectName(credit: Credit): string;
  /** The name on screen: credited-as when set. */
  screenName(credit: Credit): string;
  /** Folded subject name for matching, cached per subject. */
  matchName(credit: Credit): string;
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

  const subjectName = (credit: Credit): string => {
    if (credit.subject.kind === 'person') return people.get(credit.subject.personId)?.name ?? '(unknown person)';
    return companies.get(credit.subject.companyId)?.name ?? '(unknown company)';
  };
  const screenName = (credit: Credit): string => credit.creditedAs.trim() || subjectName(credit);
  const titleName = (credit: Credit): string => titles.get(credit.titleId)?.name ?? '(unknown title)';
  const departmentOf = (credit: Credit): Department | undefined => {
    const title = titles.get(credit.titleId);
    return title ? departments.get(title.departmentId) : undefined;
  };
  return {
    state,
    people,
    companies,
    titles,
    departments,
    contributionTypes,
    subjectName,
    screenName,
    titleName,
    departmentOf,
    matchName(credit) {
      const key = subjectKey(credit);
      let value = folded.get(key);
      if (value === undefined) {
        value = foldText(subjectName(credit));
        folded.set(key, value);
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
