import { describe, expect, it } from 'vitest';
import { createContribution, createCredit } from '../../../shared/model';
import { applyStatusAction, availableActions, editRefusal, reviewAfterChange, type StatusAction } from '../../../shared/policy';

const base = () => createCredit({ titleId: 'title:associate-producer', subject: { kind: 'person', personId: 'p1' } });
const actor = { by: 'Ada Producer', at: '2026-11-28T10:00:00.000Z' };

function step(credit: ReturnType<typeof base>, action: StatusAction, extra = {}) {
  const out = applyStatusAction(credit, action, { ...actor, ...extra });
  if (!out.ok) throw new Error(out.reason);
  return out.credit;
}

describe('credit workflow', () => {
  it('runs draft -> proposed -> approved -> locked and records who approved and when', () => {
    const proposed = step(base(), 'propose');
    expect(proposed.status).toBe('proposed');
    expect(proposed.approvedBy).toBe('');
    const approved = step(proposed, 'approve');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Ada Producer', approvedAt: actor.at });
    const locked = step(approved, 'lock');
    expect(locked.status).toBe('locked');
    expect(locked.approvedBy).toBe('Ada Producer');
  });

  it('refuses approval with the policy reasons, never silently', () => {
    const out = applyStatusAction(base(), 'approve', { ...actor, problems: ['An Associate Producer credit needs a justification.'] });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toBe('This credit cannot be approved yet. An Associate Producer credit needs a justification.');
  });

  it('refuses every action on a locked credit except unlock, and unlocking is noted with who did it', () => {
    const locked = step(step(base(), 'approve'), 'lock');
    for (const action of ['propose', 'approve', 'lock', 'withdraw-approval', 'return-to-draft'] as const) {
      const out = applyStatusAction(locked, action, actor);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.reason).toBe('This credit is locked: unlock it before changing it.');
    }
    const out = applyStatusAction(locked, 'unlock', { by: 'Ben Lead', at: actor.at });
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.credit.status).toBe('approved');
      expect(out.note).toBe('Unlocked by Ben Lead');
    }
  });

  it('refuses actions that skip a step, with a sentence', () => {
    const out = applyStatusAction(base(), 'lock', actor);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toBe('A draft credit cannot be locked until it is approved.');
  });

  it('offers the actions that apply to each status', () => {
    expect(availableActions('draft')).toEqual(['propose', 'approve']);
    expect(availableActions('proposed')).toEqual(['approve', 'return-to-draft']);
    expect(availableActions('approved')).toEqual(['lock', 'withdraw-approval']);
    expect(availableActions('locked')).toEqual(['unlock']);
  });

  it('clears who and when when an approval is withdrawn', () => {
    const withdrawn = step(step(base(), 'approve'), 'withdraw-approval');
    expect(withdrawn).toMatchObject({ status: 'proposed', approvedBy: '', approvedAt: null });
  });

  it('refuses edits to locked credits only', () => {
    expect(editRefusal({ status: 'locked' })).toMatch(/unlock it before changing it/);
    for (const status of ['draft', 'proposed', 'approved'] as const) expect(editRefusal({ status })).toBeNull();
  });
});

describe('reviewAfterChange', () => {
  const approved = step(base(), 'approve');

  it('withdraws approval when the credited name changes', () => {
    const out = reviewAfterChange(approved, { ...approved, creditedAs: 'Someone Else' });
    expect(out.credit).toMatchObject({ status: 'proposed', approvedBy: '', approvedAt: null });
    expect(out.note).toMatch(/approved credit changed/);
  });

  it('keeps approval for billing and notes', () => {
    const out = reviewAfterChange(approved, { ...approved, billing: 7, contractNotes: 'Clause 4' });
    expect(out.credit.status).toBe('approved');
    expect(out.note).toBeNull();
  });

  it('withdraws approval when the policy no longer holds', () => {
    const justified = { ...approved, contributions: [createContribution({ typeId: 'contribution:creative', justification: 'x' })] };
    const out = reviewAfterChange(justified, { ...justified, contributions: [] }, ['needs a justification']);
    expect(out.credit.status).toBe('proposed');
    expect(out.note).toMatch(/no longer meets the policy/);
  });
});
