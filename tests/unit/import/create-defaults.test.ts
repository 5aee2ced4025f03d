// createCredit and createContribution read the clock only for the times the caller did not give (an import passes
// them for 20,000 credits). Whatever the caller gives, the record must be what spreading it over the defaults gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContribution, createCredit } from '../../../shared/model/create';

const instant = fc.option(fc.constantFrom('2026-03-01T09:00:00.000Z', '2020-01-01T00:00:00.000Z'), { nil: undefined });

describe('record constructors read the clock only when needed', () => {
  it('createCredit keeps given times and fills missing ones with now', () => {
    fc.assert(
      fc.property(instant, instant, fc.boolean(), (createdAt, updatedAt, explicitUndefined) => {
        const init: Parameters<typeof createCredit>[0] = { titleId: 't', subject: { kind: 'person', personId: 'p' } };
        if (createdAt !== undefined || explicitUndefined) init.createdAt = createdAt as string;
        if (updatedAt !== undefined || explicitUndefined) init.updatedAt = updatedAt as string;
        const before = new Date().toISOString();
        const credit = createCredit(init);
        const after = new Date().toISOString();
        const expectTime = (key: 'createdAt' | 'updatedAt', given: string | undefined) => {
          if (key in init) expect(credit[key]).toBe(given);
          else {
            expect(credit[key] >= before && credit[key] <= after).toBe(true);
          }
        };
        expectTime('createdAt', createdAt);
        expectTime('updatedAt', updatedAt);
        expect(Object.keys(credit)).toEqual(Object.keys(createCredit({ titleId: 't', subject: { kind: 'person', personId: 'p' } })));
      }),
    );
  });

  it('createContribution keeps a given recordedAt (even an explicit undefined) and fills a missing one', () => {
    expect(createContribution({ typeId: 'x', recordedAt: '2020-01-01T00:00:00.000Z' }).recordedAt).toBe('2020-01-01T00:00:00.000Z');
    expect(createContribution({ typeId: 'x', recordedAt: undefined as unknown as string }).recordedAt).toBeUndefined();
    expect(Number.isNaN(Date.parse(createContribution({ typeId: 'x' }).recordedAt))).toBe(false);
  });
});
