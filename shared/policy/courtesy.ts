// The "possible courtesy credit" mark: a producing credit given for money alone, or for nothing on record, is
// flagged for review (see DOMAIN.md: the Associate Producer title is sometimes handed out as a courtesy).
import { PRODUCING_DEPARTMENT_ID, seedTitles } from '../model/library';
import type { Credit } from '../model/types';
import { FINANCIAL_CONTRIBUTION_TYPE_ID } from './producing';

export interface CourtesyContext {
  /** Producing titles (see producingTitleIds); the seeded producing titles when omitted. */
  producingTitleIds?: ReadonlySet<string>;
  /** Contribution types that mean money (see financialTypeIds); the built-in Financial type when omitted. */
  financialTypeIds?: ReadonlySet<string>;
}

const SEEDED_PRODUCING_TITLE_IDS: ReadonlySet<string> = new Set(seedTitles().filter((t) => t.departmentId === PRODUCING_DEPARTMENT_ID).map((t) => t.id));
const BUILT_IN_FINANCIAL: ReadonlySet<string> = new Set([FINANCIAL_CONTRIBUTION_TYPE_ID]);

/**
 * True for a producing credit with no contribution at all, or whose every contribution is financial. Other titles
 * are never courtesy credits: a gaffer without a recorded contribution is simply undocumented (the checks panel
 * lists it for review among the credits without a contribution, grouped by title).
 */
export function isPossibleCourtesyCredit(credit: Pick<Credit, 'titleId' | 'contributions'>, context: CourtesyContext = {}): boolean {
  const producing = context.producingTitleIds ?? SEEDED_PRODUCING_TITLE_IDS;
  if (!producing.has(credit.titleId)) return false;
  const financial = context.financialTypeIds ?? BUILT_IN_FINANCIAL;
  return credit.contributions.every((c) => financial.has(c.typeId));
}
