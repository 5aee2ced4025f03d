// The approval line of each credit in the justification report agrees with the credit's status: an approved
// credit with no approver recorded must not read "Approved · … · not approved".
import { describe, expect, it } from 'vitest';
import { renderJustificationHtml } from '../../../shared/export/justification';
import { loadFixture, NIGHT_TRAIN } from '../roll/fixture-documents';

/** The meta line under one person's name, as rendered. */
function metaOf(html: string, name: string): string {
  const match = new RegExp(`<div class="name">${name}</div><div class="meta">([^<]*)</div>`).exec(html);
  if (!match) throw new Error(`no credit for ${name} in the report`);
  return match[1];
}

describe('justification report approval line', () => {
  it('says the approver is not recorded for an approved credit without one, not "not approved"', () => {
    const doc = loadFixture(NIGHT_TRAIN);
    const credit = doc.credits.find((c) => c.id === 'c-lp-pawel')!;
    credit.approvedBy = '';
    credit.approvedAt = null;
    const meta = metaOf(renderJustificationHtml(doc), 'Paweł Żuławski');
    expect(meta).toBe('Approved · End credits · approver not recorded');
  });

  it('keeps the approval date when only the approver is missing, and treats a locked credit the same', () => {
    const doc = loadFixture(NIGHT_TRAIN);
    const credit = doc.credits.find((c) => c.id === 'c-lp-pawel')!;
    credit.approvedBy = '  ';
    credit.status = 'locked';
    const meta = metaOf(renderJustificationHtml(doc), 'Paweł Żuławski');
    expect(meta).toBe('Locked · End credits · approver not recorded (approved on 15 March 2026, 16:30 UTC)');
  });

  it('still says "not approved" for draft and proposed credits, and names the approver when recorded', () => {
    const html = renderJustificationHtml(loadFixture(NIGHT_TRAIN));
    expect(html).toContain('Proposed · End credits · not approved');
    expect(html).toContain('Draft · End credits · not approved');
    expect(html).toContain('Approved · End credits · approved by Mara Lind on 15 March 2026, 16:30 UTC');
    expect(html).not.toMatch(/(Approved|Locked) · [^<]*not approved/);
  });
});
