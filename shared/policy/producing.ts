// Which credits the approval policy looks at, and which contributions count as financial. Both are decided by
// ids first (the seeded library) and by folded names second, so that a user's own "Financial" type or an imported
// "Producers" department behaves like the built-in one.
import { foldText } from '../names/fold';
import { PRODUCING_DEPARTMENT_ID } from '../model/library';
import type { ContributionType, CreditTitle, Department, Production } from '../model/types';

export const FINANCIAL_CONTRIBUTION_TYPE_ID = 'contribution:financial';

/** Ids of the contribution types that mean money: the built-in one and any type named "Financial". */
export function financialTypeIds(contributionTypes: readonly ContributionType[] = []): Set<string> {
  const ids = new Set([FINANCIAL_CONTRIBUTION_TYPE_ID]);
  for (const t of contributionTypes) if (foldText(t.name) === 'financial') ids.add(t.id);
  return ids;
}

/**
 * Titles whose credits are producing credits: those in the producing department and those the production's
 * policy asks a justification for (a user may add "Segment Producer" to the policy in another department).
 */
export function producingTitleIds(
  titles: readonly CreditTitle[],
  departments: readonly Department[] = [],
  production?: Pick<Production, 'policy'>,
): Set<string> {
  const producingDepartments = new Set([PRODUCING_DEPARTMENT_ID]);
  for (const d of departments) if (foldText(d.name) === 'producers') producingDepartments.add(d.id);
  const ids = new Set(production?.policy.justificationRequiredTitleIds ?? []);
  for (const t of titles) if (producingDepartments.has(t.departmentId)) ids.add(t.id);
  return ids;
}

/** True when the text holds something a reader can use (not only spaces or invisible characters). */
export function isWritten(text: string): boolean {
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, '') !== '';
}
