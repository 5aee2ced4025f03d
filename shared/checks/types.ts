// What a check reports. Items are plain data so the checks panel, the CLI and tests read them the same way.
import type { ContributionType, Company, Credit, CreditTitle, Department, Person, Production } from '../model/types';

export type CheckKind =
  | 'duplicate-people'
  | 'duplicate-companies'
  | 'name-variants'
  | 'missing-contribution'
  | 'missing-justification'
  | 'repeated-credit'
  | 'unapproved'
  | 'pga-mark'
  | 'courtesy-credit'
  | 'missing-reference';

/** error: wrong on the roll or against the production's policy; warning: probably a mistake; info: for review. */
export type CheckSeverity = 'error' | 'warning' | 'info';

export interface CheckItem {
  /** Stable across runs for the same problem, for list keys and "seen" marks. */
  id: string;
  kind: CheckKind;
  severity: CheckSeverity;
  /** One sentence a producer understands. */
  message: string;
  /** The credit the item links to. */
  creditId?: string;
  /** Every credit concerned, when there are several (the first is `creditId`). */
  creditIds?: string[];
  /** People concerned (duplicates, name variants). */
  personIds?: string[];
  /** Companies concerned (duplicates). */
  companyIds?: string[];
}

/** The parts of a document the checks read; working-copy rows (with their docId) fit as they are. */
export interface CheckInput {
  production: Pick<Production, 'kind' | 'policy'>;
  departments?: readonly Department[];
  titles: readonly CreditTitle[];
  contributionTypes?: readonly ContributionType[];
  people: readonly Person[];
  companies: readonly Company[];
  credits: readonly Credit[];
}

export const CHECK_KIND_LABELS: Record<CheckKind, string> = {
  'duplicate-people': 'Possible duplicate people',
  'duplicate-companies': 'Possible duplicate companies',
  'name-variants': 'Names spelled differently across credits',
  'missing-contribution': 'Credits without a contribution',
  'missing-justification': 'Producing credits without a justification',
  'repeated-credit': 'The same title twice',
  unapproved: 'Credits not yet approved',
  'pga-mark': 'p.g.a. mark that cannot be shown',
  'courtesy-credit': 'Possible courtesy credits',
  'missing-reference': 'Credits pointing at something removed',
};
