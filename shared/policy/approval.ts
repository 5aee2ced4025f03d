// What stands between a credit and its approval, in sentences a producer can act on. The production's policy
// names the titles that need a justified contribution (by default Producer, Produced by, Executive Producer,
// Co-Producer, Associate Producer); the rest only need to point at things that still exist.
import type { Company, ContributionType, Credit, CreditTitle, Person, Production } from '../model/types';
import { isWritten } from './producing';

export interface ApprovalContext {
  titles: readonly CreditTitle[];
  contributionTypes: readonly ContributionType[];
  production: Pick<Production, 'policy'>;
  people: readonly Person[];
  /** Optional: when given, a company credit whose company is gone is reported. */
  companies?: readonly Company[];
}

type ApprovalInput = Pick<Credit, 'titleId' | 'subject' | 'contributions'>;

/** True when the policy asks this credit for a justified contribution. */
export function needsJustification(credit: Pick<Credit, 'titleId'>, production: Pick<Production, 'policy'>): boolean {
  return production.policy.justificationRequiredTitleIds.includes(credit.titleId);
}

/** True when at least one contribution carries a written justification. */
export function hasJustifiedContribution(credit: Pick<Credit, 'contributions'>): boolean {
  return credit.contributions.some((c) => isWritten(c.justification));
}

/** True when the policy asks for a justification and none is written yet (the "missing justification" filter). */
export function isMissingJustification(credit: Pick<Credit, 'titleId' | 'contributions'>, production: Pick<Production, 'policy'>): boolean {
  return needsJustification(credit, production) && !hasJustifiedContribution(credit);
}

/**
 * Sentences saying what is missing before this credit can be approved; empty when nothing is. Each sentence
 * names the credit's title so that it reads on its own in an alert or a checks list.
 */
export function approvalProblems(credit: ApprovalInput, context: ApprovalContext): string[] {
  const problems: string[] = [];
  const title = context.titles.find((t) => t.id === credit.titleId);
  if (!title) problems.push('The credit title of this credit no longer exists: choose another title.');

  if (credit.subject.kind === 'person') {
    const personId = credit.subject.personId;
    if (!context.people.some((p) => p.id === personId)) problems.push('The person on this credit is no longer in the production: choose who the credit is for.');
  } else if (context.companies) {
    const companyId = credit.subject.companyId;
    if (!context.companies.some((c) => c.id === companyId)) problems.push('The company on this credit is no longer in the production: choose who the credit is for.');
  }

  const knownTypes = new Set(context.contributionTypes.map((t) => t.id));
  const unknown = credit.contributions.filter((c) => !knownTypes.has(c.typeId)).length;
  if (unknown > 0) {
    problems.push(
      unknown === 1
        ? 'One contribution has a type that no longer exists: choose its type again.'
        : `${unknown} contributions have a type that no longer exists: choose their types again.`,
    );
  }

  if (needsJustification(credit, context.production) && !hasJustifiedContribution(credit)) {
    const subject = title ? `${article(title.name)} ${title.name} credit` : 'This credit';
    problems.push(
      credit.contributions.length === 0
        ? `${subject} needs at least one contribution with a written justification before it can be approved; none is recorded yet.`
        : `${subject} needs at least one contribution with a written justification before it can be approved; the recorded contributions have no justification yet.`,
    );
  }
  return problems;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'An' : 'A';
}
