// Every credit of a production (or of one episode) with its names resolved, in roll order: the rows of the CSV
// review export and of the justification report. Unlike the roll, uncredited credits are kept: reviewers need
// to see them. Only fields fit for review are read; contacts, notes and contract notes never leave the document.
import type { Credit, CreditTitle, Department, RollcallDocument } from '../model';
import { pgaMarkApplies, rollName } from '../roll/credit-names';
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

export function creditRecords(document: RollcallDocument, options: { episodeId?: string | null } = {}): CreditRecord[] {
  const episode = findEpisode(document, options.episodeId);
  const kind = document.production.kind;
  const { orders, titles, departments, people, companies, nameRanks, cleanSubjectName } = creditLookups(document);
  const records: CreditRecord[] = [];
  for (const credit of document.credits) {
    if (!creditInEpisode(credit, episode)) continue;
    const title = titles.get(credit.titleId);
    const person = credit.subject.kind === 'person' ? people.get(credit.subject.personId) : undefined;
    const company = credit.subject.kind === 'company' ? companies.get(credit.subject.companyId) : undefined;
    const subjectId = credit.subject.kind === 'person' ? credit.subject.personId : credit.subject.companyId;
    const subjectName = cleanSubjectName(subjectId, person?.name ?? company?.name ?? '');
    const pga = title ? pgaMarkApplies(credit, title, person, kind) : false;
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
