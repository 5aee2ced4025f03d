// The result of comparing two credits states: plain data, so the UI lists it, the CLI prints it as JSON and the
// report turns it into the text and PDF a producer sends with "v7 attached".
import type { CreditStatus, Placement } from '../model/types';

/** A credit as a reader names it. */
export interface CreditRef {
  creditId: string;
  /** The name on screen: credited-as when set, else the person's (or company's) name. */
  person: string;
  /** The credit title ("Associate Producer"). */
  title: string;
  department: string;
  placement: Placement;
  billing: number;
  status: CreditStatus;
  character: string;
  uncredited: boolean;
}

export type CreditField =
  | 'person'
  | 'creditedAs'
  | 'title'
  | 'department'
  | 'placement'
  | 'billing'
  | 'status'
  | 'character'
  | 'uncredited'
  | 'pgaMark'
  | 'contribution';

/** A contribution as shown in a change: its type's name, why it was given and the evidence. */
export interface ContributionView {
  type: string;
  justification: string;
  evidence: string;
}

export interface FieldChange {
  field: CreditField;
  /** Null for a contribution that was added (before) or removed (after). */
  before: string | number | boolean | ContributionView | null;
  after: string | number | boolean | ContributionView | null;
}

/** How a changed credit was recognised as the same credit on both sides. */
export type MatchRule = 'id' | 'same-person' | 'same-name' | 'same-name-other-title' | 'similar-name';

export interface CreditChange {
  /** Name on screen after the change (before, for a reader, is in the `creditedAs`/`person` change). */
  person: string;
  title: string;
  department: string;
  beforeCreditId: string;
  afterCreditId: string;
  matchedBy: MatchRule;
  changes: FieldChange[];
}

export interface RollPosition {
  /** 1-based line in the roll (main titles first, then end credits; uncredited credits are not lines). */
  line: number;
  /** The line just before it ("Cast — Mara Lefort"), null at the top of the roll. */
  follows: string | null;
}

export interface RollMove {
  person: string;
  title: string;
  department: string;
  beforeCreditId: string;
  afterCreditId: string;
  from: RollPosition;
  to: RollPosition;
}

/** A change outside the credits themselves: the production title, departments, titles, contribution types. */
export interface StructureChange {
  kind: 'production' | 'department' | 'title' | 'contributionType';
  change: 'added' | 'removed' | 'changed';
  /** The name after the change (before, when removed). */
  name: string;
  changes: { field: string; before: string | number | null; after: string | number | null }[];
}

export interface Comparison {
  added: CreditRef[];
  removed: CreditRef[];
  changed: CreditChange[];
  moved: RollMove[];
  structure: StructureChange[];
  counts: { before: number; after: number; added: number; removed: number; changed: number; moved: number; unchanged: number };
}
