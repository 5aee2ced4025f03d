// The review workflow of a credit: draft -> proposed -> approved -> locked, with the ways back. Pure: the caller
// says who acts and when, and writes the returned credit in one edit (whose audit entry records the change).
import type { Credit, CreditStatus } from '../model/types';

export type StatusAction = 'propose' | 'approve' | 'lock' | 'unlock' | 'withdraw-approval' | 'return-to-draft';

interface ActionRule {
  from: readonly CreditStatus[];
  to: CreditStatus;
  /** Button text. */
  label: string;
  /** Audit note written with the change. */
  note: string;
}

export const STATUS_ACTIONS: Record<StatusAction, ActionRule> = {
  propose: { from: ['draft'], to: 'proposed', label: 'Propose', note: 'Proposed for approval' },
  // Approving straight from draft is allowed: the approver proposing and approving in one go is common.
  approve: { from: ['draft', 'proposed'], to: 'approved', label: 'Approve', note: 'Approved' },
  lock: { from: ['approved'], to: 'locked', label: 'Lock', note: 'Locked' },
  unlock: { from: ['locked'], to: 'approved', label: 'Unlock', note: 'Unlocked' },
  'withdraw-approval': { from: ['approved'], to: 'proposed', label: 'Withdraw Approval', note: 'Approval withdrawn' },
  'return-to-draft': { from: ['proposed'], to: 'draft', label: 'Return to Draft', note: 'Returned to draft' },
};

export const STATUS_LABELS: Record<CreditStatus, string> = { draft: 'Draft', proposed: 'Proposed', approved: 'Approved', locked: 'Locked' };

/** The actions a credit in this status offers, in button order. */
export function availableActions(status: CreditStatus): StatusAction[] {
  return (Object.keys(STATUS_ACTIONS) as StatusAction[]).filter((a) => STATUS_ACTIONS[a].from.includes(status));
}

export type StatusOutcome = { ok: true; credit: Credit; note: string } | { ok: false; reason: string };

export interface StatusActor {
  by: string;
  at: string;
  /** approvalProblems() for the credit; approving is refused while any remain. */
  problems?: readonly string[];
}

/**
 * Applies a workflow action. Approving records who and when and is refused, with the reasons, while the policy
 * finds something missing. Withdrawing an approval clears who and when (the history keeps them).
 */
export function applyStatusAction(credit: Credit, action: StatusAction, actor: StatusActor): StatusOutcome {
  const rule = STATUS_ACTIONS[action];
  if (!rule.from.includes(credit.status)) {
    if (credit.status === 'locked') return { ok: false, reason: lockedSentence() };
    return { ok: false, reason: `A ${STATUS_LABELS[credit.status].toLowerCase()} credit cannot be ${pastTense(action)}.` };
  }
  if (action === 'approve' && actor.problems && actor.problems.length > 0) {
    return { ok: false, reason: `This credit cannot be approved yet. ${actor.problems.join(' ')}` };
  }
  const next: Credit = { ...credit, status: rule.to, updatedAt: actor.at };
  if (action === 'approve') {
    next.approvedBy = actor.by;
    next.approvedAt = actor.at;
  } else if (action === 'withdraw-approval') {
    next.approvedBy = '';
    next.approvedAt = null;
  }
  return { ok: true, credit: next, note: `${rule.note} by ${actor.by}` };
}

function pastTense(action: StatusAction): string {
  const words: Record<StatusAction, string> = {
    propose: 'proposed',
    approve: 'approved',
    lock: 'locked until it is approved',
    unlock: 'unlocked',
    'withdraw-approval': 'withdrawn from approval',
    'return-to-draft': 'returned to draft',
  };
  return words[action];
}

export function lockedSentence(): string {
  return 'This credit is locked: unlock it before changing it.';
}

/** The sentence refusing a change to a locked credit, or null when the credit may be edited. */
export function editRefusal(credit: Pick<Credit, 'status'>): string | null {
  return credit.status === 'locked' ? lockedSentence() : null;
}

/** Fields whose change makes an earlier approval meaningless: who is credited, as what, where and how. */
const SUBSTANTIVE_FIELDS = ['titleId', 'subject', 'creditedAs', 'character', 'placement', 'episodes', 'uncredited', 'pgaMark', 'teamId'] as const;

/**
 * After an edit to an approved credit: when what was approved changed (or the policy no longer holds), the
 * credit goes back to proposed and its approval is cleared, so nobody mistakes it for the approved version.
 * Billing, notes and added evidence leave the approval standing.
 */
export function reviewAfterChange(before: Credit, after: Credit, problemsAfter: readonly string[] = []): { credit: Credit; note: string | null } {
  if (before.status !== 'approved' || after.status !== 'approved') return { credit: after, note: null };
  const changed = SUBSTANTIVE_FIELDS.some((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
  if (!changed && problemsAfter.length === 0) return { credit: after, note: null };
  return {
    credit: { ...after, status: 'proposed', approvedBy: '', approvedAt: null },
    note: changed ? 'Approval withdrawn because the approved credit changed' : 'Approval withdrawn because the credit no longer meets the policy',
  };
}
