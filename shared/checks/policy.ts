// The production's justification policy and what counts as a justified contribution. Shared by the checks and
// by approval (a credit under the policy cannot be approved until `missingForApproval` returns null).
import { PRODUCING_DEPARTMENT_ID } from '../model/library';
import type { Contribution, Credit, CreditTitle, Production } from '../model/types';

export const FINANCIAL_CONTRIBUTION_TYPE_ID = 'contribution:financial';

/** A contribution with a written reason; an empty or whitespace-only justification does not count. */
export function isJustified(contribution: Pick<Contribution, 'justification'>): boolean {
  return contribution.justification.trim() !== '';
}

export function hasJustifiedContribution(credit: Pick<Credit, 'contributions'>): boolean {
  return credit.contributions.some(isJustified);
}

export function requiresJustification(production: Pick<Production, 'policy'>, titleId: string): boolean {
  return production.policy.justificationRequiredTitleIds.includes(titleId);
}

/** A producing credit: a title in the Producers department, or any title the policy names. */
export function isProducingTitle(title: Pick<CreditTitle, 'id' | 'departmentId'>, policyTitleIds: ReadonlySet<string>): boolean {
  return title.departmentId === PRODUCING_DEPARTMENT_ID || policyTitleIds.has(title.id);
}

/**
 * A possible courtesy credit: the only contributions recorded are financial, or there are none. Meaningful for
 * producing credits, where a title is sometimes given in return for money rather than work.
 */
export function isPossibleCourtesyCredit(credit: Pick<Credit, 'contributions'>, financialTypeIds: ReadonlySet<string> = new Set([FINANCIAL_CONTRIBUTION_TYPE_ID])): boolean {
  return credit.contributions.every((c) => financialTypeIds.has(c.typeId));
}

/** Why a credit cannot be approved under the policy, as one sentence; null when nothing is missing. */
export function missingForApproval(production: Pick<Production, 'policy'>, credit: Pick<Credit, 'titleId' | 'contributions'>, titleName: string): string | null {
  if (!requiresJustification(production, credit.titleId)) return null;
  if (credit.contributions.length === 0) return `A ${titleName} credit needs at least one contribution with a written justification before it can be approved.`;
  if (!hasJustifiedContribution(credit)) return `A ${titleName} credit needs a written justification on at least one of its contributions before it can be approved.`;
  return null;
}
