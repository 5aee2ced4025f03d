import { describe, expect, it } from 'vitest';
import { createContribution, createCredit, createDocument } from '../../../shared/model';
import { financialTypeIds, isPossibleCourtesyCredit, producingTitleIds } from '../../../shared/policy';

const subject = { kind: 'person' as const, personId: 'p1' };
const financial = () => createContribution({ typeId: 'contribution:financial', justification: 'Invested.' });
const creative = () => createContribution({ typeId: 'contribution:creative', justification: 'Script notes.' });

describe('isPossibleCourtesyCredit', () => {
  it('marks a producing credit with no contribution', () => {
    expect(isPossibleCourtesyCredit(createCredit({ titleId: 'title:associate-producer', subject }))).toBe(true);
  });

  it('marks a producing credit whose only contributions are financial', () => {
    expect(isPossibleCourtesyCredit(createCredit({ titleId: 'title:executive-producer', subject, contributions: [financial(), financial()] }))).toBe(true);
  });

  it('does not mark a producing credit with a creative or logistical contribution too', () => {
    expect(isPossibleCourtesyCredit(createCredit({ titleId: 'title:associate-producer', subject, contributions: [financial(), creative()] }))).toBe(false);
    expect(isPossibleCourtesyCredit(createCredit({ titleId: 'title:line-producer', subject, contributions: [createContribution({ typeId: 'contribution:logistical' })] }))).toBe(false);
  });

  it('never marks a crew credit', () => {
    expect(isPossibleCourtesyCredit(createCredit({ titleId: 'title:gaffer', subject }))).toBe(false);
    expect(isPossibleCourtesyCredit(createCredit({ titleId: 'title:gaffer', subject, contributions: [financial()] }))).toBe(false);
  });

  it('follows user titles and user contribution types given in the context', () => {
    const doc = createDocument({ title: 'Context' });
    const titles = [...doc.titles, { id: 'my-title', name: 'Segment Producer', plural: '', departmentId: 'dept:producers', definition: '', pgaEligible: false, order: 200 }];
    const types = [...doc.contributionTypes, { id: 'money', name: 'FINANCIAL', builtIn: false }];
    const context = { producingTitleIds: producingTitleIds(titles, doc.departments, doc.production), financialTypeIds: financialTypeIds(types) };
    expect(context.producingTitleIds.has('my-title')).toBe(true);
    expect(context.financialTypeIds.has('money')).toBe(true);
    expect(isPossibleCourtesyCredit(createCredit({ titleId: 'my-title', subject, contributions: [createContribution({ typeId: 'money' })] }), context)).toBe(true);
  });

  it('counts a title in the justification policy as producing even outside the producing department', () => {
    const doc = createDocument({ title: 'Policy' });
    const ids = producingTitleIds(doc.titles, doc.departments, { policy: { justificationRequiredTitleIds: ['title:gaffer'] } });
    expect(ids.has('title:gaffer')).toBe(true);
    expect(ids.has('title:associate-producer')).toBe(true);
    expect(ids.has('title:key-grip')).toBe(false);
  });
});
