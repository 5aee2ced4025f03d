// What the roll (compose.ts) and the review exports (export/credit-records.ts) both resolve credits through: the
// episode asked for, and lookups by id built once per document, so resolving 20,000 credits never scans a list.
// One place, so the roll and the CSV/justification exports cannot drift apart on which credits belong to an
// episode or how a name is cleaned.
import type { Company, Credit, CreditTitle, Department, Episode, Person, RollcallDocument } from '../model';
import { UserFacingError } from '../ipc/result';
import { cleanName } from '../names/clean-text';
import { titleOrders, type TitleOrder } from './order';
import { subjectSortRanks } from './sort-ranks';

/** The episode with this id; null for none (null or ''). An id the production does not have is refused. */
export function findEpisode(document: RollcallDocument, episodeId: string | null | undefined): Episode | null {
  if (!episodeId) return null;
  const episode = document.production.episodes.find((e) => e.id === episodeId);
  if (!episode) throw new UserFacingError('NOT_FOUND', `“${document.production.title}” has no episode with the id “${episodeId}”.`);
  return episode;
}

/** Whether a credit belongs on the roll of this episode (null: the whole production). */
export function creditInEpisode(credit: Credit, episode: Episode | null): boolean {
  return !episode || credit.episodes === 'all' || credit.episodes.includes(episode.id);
}

export interface CreditLookups {
  orders: Map<string, TitleOrder>;
  titles: Map<string, CreditTitle>;
  departments: Map<string, Department>;
  people: Map<string, Person>;
  companies: Map<string, Company>;
  /** Place in sort-name order (see sort-ranks.ts). */
  nameRanks: Map<string, number>;
  /** The person's or company's name cleaned for print, cleaned once however many credits they hold. */
  cleanSubjectName: (subjectId: string, name: string) => string;
}

export function creditLookups(document: RollcallDocument): CreditLookups {
  const cleanNames = new Map<string, string>();
  return {
    orders: titleOrders(document.titles, document.departments, document.production.kind),
    titles: new Map(document.titles.map((t) => [t.id, t])),
    departments: new Map(document.departments.map((d) => [d.id, d])),
    people: new Map(document.people.map((p) => [p.id, p])),
    companies: new Map(document.companies.map((c) => [c.id, c])),
    nameRanks: subjectSortRanks(document.people, document.companies),
    cleanSubjectName: (subjectId, name) => {
      let clean = cleanNames.get(subjectId);
      if (clean === undefined) cleanNames.set(subjectId, (clean = cleanName(name)));
      return clean;
    },
  };
}
