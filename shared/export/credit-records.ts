// Every credit of a production (or of one episode) with its names resolved, in roll order: the rows of the CSV
// review export and of the justification report. Unlike the roll, uncredited credits are kept: reviewers need
// to see them. Only fields fit for review are read; contacts, notes and contract notes never leave the document.
import type { Credit, CreditTitle, Department, RollcallDocument } from '../model';
import { cleanName } from '../names/clean-text';
import { pgaMarkApplies, rollNameText } from '../roll/credit-names';
import { creditInEpisode, creditLookups, findEpisode } from '../roll/credit-lookups';
import { compareTitleOrder, type TitleOrder } from '../roll/order';

export interface CreditRecord {
  credit: Credit;
  title: CreditTitle | undefined;
  department: Department | undefined;
  /** The person's or company's own name. */
  subjectName: string;
  subjectKind: 'person' | 'company';
  /** As on the roll, with the p.g.a. mark when it applies. */
  nameOnRoll: string;
  pga: boolean;
  /** Place in sort-name order. */
  nameRank: number;
  order: TitleOrder;
}

const MISSING_ORDER: TitleOrder = { departmentRank: Number.MAX_SAFE_INTEGER, departmentName: '', guildRank: 0, titleOrder: 0 };

/**
 * Roll order: title order, then title id, then main titles before end credits, billing, sort name and credit id.
 * The first two depend only on the title id, so they are ranked once per distinct title (a few hundred) and the
 * placement folded in, and 20,000 records sort by numbers, with the id compared only between equals.
 */
export function creditRecords(document: RollcallDocument, options: { episodeId?: string | null } = {}): CreditRecord[] {
  const episode = findEpisode(document, options.episodeId);
  const kind = document.production.kind;
  const { orders, titles, departments, people, companies, nameRanks } = creditLookups(document);
  const unsorted: CreditRecord[] = [];
  const titleIds: string[] = [];
  for (const credit of document.credits) {
    if (!creditInEpisode(credit, episode)) continue;
    const title = titles.get(credit.titleId);
    const subject = credit.subject;
    const person = subject.kind === 'person' ? people.get(subject.personId) : undefined;
    const company = subject.kind === 'company' ? companies.get(subject.companyId) : undefined;
    const subjectId = subject.kind === 'person' ? subject.personId : subject.companyId;
    // Cleaned per credit, not remembered per subject: a Map of 19,000 cleaned names costs more to fill than
    // cleaning the few names credited twice again (cleanName returns a tidy name as it is).
    const subjectName = cleanName(person?.name ?? company?.name ?? '');
    const pga = title ? pgaMarkApplies(credit, title, person, kind) : false;
    unsorted.push({
      credit,
      title,
      department: title ? departments.get(title.departmentId) : undefined,
      subjectName,
      subjectKind: subject.kind,
      nameOnRoll: rollNameText(credit, subjectName, pga),
      pga,
      nameRank: nameRanks.get(subjectId) ?? 0,
      order: (title && orders.get(title.id)) || MISSING_ORDER,
    });
    titleIds.push(credit.titleId);
  }

  const titleRank = rankTitles(titleIds, unsorted);
  const count = unsorted.length;
  const first = new Float64Array(count);
  const billing = new Float64Array(count);
  const nameRank = new Float64Array(count);
  const ids: string[] = new Array(count);
  const index: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const r = unsorted[i];
    first[i] = titleRank.get(r.credit.titleId)! * 2 + (r.credit.placement === 'main' ? 0 : 1);
    billing[i] = r.credit.billing;
    nameRank[i] = r.nameRank;
    ids[i] = r.credit.id;
    index[i] = i;
  }
  index.sort((i, j) => first[i] - first[j] || billing[i] - billing[j] || nameRank[i] - nameRank[j] || (ids[i] < ids[j] ? -1 : ids[i] > ids[j] ? 1 : 0));
  const records: CreditRecord[] = new Array(count);
  for (let k = 0; k < count; k++) records[k] = unsorted[index[k]];
  return records;
}

/** Each distinct title id's place by (title order, id): the same order the two leading sort keys give. */
function rankTitles(titleIds: readonly string[], records: readonly CreditRecord[]): Map<string, number> {
  const orderOf = new Map<string, TitleOrder>();
  for (let i = 0; i < titleIds.length; i++) if (!orderOf.has(titleIds[i])) orderOf.set(titleIds[i], records[i].order);
  const distinct = [...orderOf.keys()].sort((a, b) => compareTitleOrder(orderOf.get(a)!, orderOf.get(b)!) || (a < b ? -1 : a > b ? 1 : 0));
  const ranks = new Map<string, number>();
  for (let i = 0; i < distinct.length; i++) ranks.set(distinct[i], i);
  return ranks;
}
