import { describe, expect, it } from 'vitest';
import { createContribution, createCredit, createDocument, createPerson } from '../../../shared/model';
import { approvalProblems, isMissingJustification, needsJustification } from '../../../shared/policy';

const doc = createDocument({ title: 'Policy test' });
const person = createPerson({ name: 'Zoë Saldaña' });
const context = { titles: doc.titles, contributionTypes: doc.contributionTypes, production: doc.production, people: [person] };
const subject = { kind: 'person' as const, personId: person.id };

describe('approvalProblems', () => {
  it.each(['title:producer', 'title:produced-by', 'title:executive-producer', 'title:co-producer', 'title:associate-producer'])(
    'asks %s for a justified contribution by default',
    (titleId) => {
      const credit = createCredit({ titleId, subject });
      const problems = approvalProblems(credit, context);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/needs at least one contribution with a written justification/);
      expect(problems[0]).toMatch(/none is recorded yet/);
    },
  );

  it('names the title in the sentence', () => {
    const credit = createCredit({ titleId: 'title:associate-producer', subject });
    expect(approvalProblems(credit, context)[0]).toMatch(/^An Associate Producer credit needs/);
  });

  it('does not accept a contribution whose justification is blank or only spaces', () => {
    const credit = createCredit({
      titleId: 'title:associate-producer',
      subject,
      contributions: [createContribution({ typeId: 'contribution:financial', justification: '  \n\u200B ' })],
    });
    const problems = approvalProblems(credit, context);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/recorded contributions have no justification yet/);
  });

  it('approves a producing credit with one justified contribution', () => {
    const credit = createCredit({
      titleId: 'title:associate-producer',
      subject,
      contributions: [createContribution({ typeId: 'contribution:financial', justification: 'Secured the bridge financing in March.' })],
    });
    expect(approvalProblems(credit, context)).toEqual([]);
  });

  it('leaves titles outside the policy alone', () => {
    expect(approvalProblems(createCredit({ titleId: 'title:gaffer', subject }), context)).toEqual([]);
    expect(approvalProblems(createCredit({ titleId: 'title:line-producer', subject }), context)).toEqual([]);
  });

  it('follows the production policy when it is edited', () => {
    const production = { policy: { justificationRequiredTitleIds: ['title:gaffer'] } };
    expect(approvalProblems(createCredit({ titleId: 'title:gaffer', subject }), { ...context, production })).toHaveLength(1);
    expect(approvalProblems(createCredit({ titleId: 'title:producer', subject }), { ...context, production })).toEqual([]);
  });

  it('reports a removed title, a missing person and an unknown contribution type', () => {
    const credit = createCredit({
      titleId: 'title:removed',
      subject: { kind: 'person', personId: 'gone' },
      contributions: [createContribution({ typeId: 'contribution:gone', justification: 'x' })],
    });
    const problems = approvalProblems(credit, context);
    expect(problems.join(' ')).toMatch(/title of this credit no longer exists/);
    expect(problems.join(' ')).toMatch(/person on this credit is no longer in the production/);
    expect(problems.join(' ')).toMatch(/One contribution has a type that no longer exists/);
  });

  it('reports a missing company only when companies are given', () => {
    const credit = createCredit({ titleId: 'title:gaffer', subject: { kind: 'company', companyId: 'c1' } });
    expect(approvalProblems(credit, context)).toEqual([]);
    expect(approvalProblems(credit, { ...context, companies: [] })[0]).toMatch(/company on this credit/);
  });
});

describe('missing justification', () => {
  it('is true only for policy titles without a written justification', () => {
    const ap = createCredit({ titleId: 'title:associate-producer', subject });
    expect(needsJustification(ap, doc.production)).toBe(true);
    expect(isMissingJustification(ap, doc.production)).toBe(true);
    const justified = { ...ap, contributions: [createContribution({ typeId: 'contribution:creative', justification: 'Research.' })] };
    expect(isMissingJustification(justified, doc.production)).toBe(false);
    expect(isMissingJustification(createCredit({ titleId: 'title:gaffer', subject }), doc.production)).toBe(false);
  });
});
