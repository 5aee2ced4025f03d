import { describe, expect, it } from 'vitest';
import { compareDocuments, comparisonHtml, comparisonText, describeChanges, describeMove } from '../../../shared/diff';
import { createContribution } from '../../../shared/model/create';
import { editCredit, smallProduction } from '../revisions/fixture';

const labels = { productionTitle: 'Night Train', beforeLabel: 'Sent to legal', afterLabel: 'v7' };

function changedProduction() {
  const before = smallProduction();
  let after = editCredit(before, 'c-ana-ap', {
    placement: 'main',
    contributions: [
      createContribution({ id: 'k-1', typeId: 'contribution:creative', justification: 'Researched the archive & the score.', evidence: 'Email of 3 March' }),
      createContribution({ id: 'k-2', typeId: 'contribution:financial', justification: 'Secured the regional fund.', evidence: 'Deal memo §4' }),
    ],
  });
  after = editCredit(after, 'c-yael-cast', { uncredited: true });
  after = { ...after, credits: after.credits.filter((c) => c.id !== 'c-jon-grip'), people: after.people.map((p) => (p.id === 'p-mara' ? { ...p, name: 'Mara <b>Okafor</b>' } : p)) };
  return { before, after };
}

describe('comparisonText', () => {
  it('lists removals, additions, changes with before and after, and a summary', () => {
    const { before, after } = changedProduction();
    const text = comparisonText(compareDocuments(before, after), labels);
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Night Train: what changed from “Sent to legal” to “v7”',
      '',
      '0 credits added, 1 credit removed, 3 credits changed, 0 credits moved in the roll.',
    ]);
    expect(text).toContain('REMOVED (1)\n  - Grip: Jon Smith [Grip & Electric, end credits, draft]');
    expect(text).toContain('  * Associate Producer: Anaïs Lefort\n      Placement: end credits → opening/main titles\n');
    expect(text).toContain('      Creative justification: Researched the archive footage. → Researched the archive & the score.');
    expect(text).toContain('      Financial contribution added: — → Secured the regional fund. (evidence: Deal memo §4)');
    expect(text).toContain('      On the roll: yes → no (uncredited)');
    expect(text).toContain('      Name as credited: Mara Okafor → Mara <b>Okafor</b>');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('says plainly when nothing changed', () => {
    const doc = smallProduction();
    expect(comparisonText(compareDocuments(doc, doc), labels)).toBe('Night Train: what changed from “Sent to legal” to “v7”\n\nNo differences: the credits are the same.\n');
  });
});

describe('the roll view', () => {
  it('lists a credit whose place in the roll changed, in the text and in the PDF page', () => {
    const before = smallProduction();
    // The two cast credits swap billing: Yael now comes first.
    const after = editCredit(editCredit(before, 'c-mara-cast', { billing: 2 }), 'c-yael-cast', { billing: 1 });
    const comparison = compareDocuments(before, after);
    expect(comparison.counts.moved).toBe(1);
    const text = comparisonText(comparison, labels);
    expect(text).toContain('2 credits changed, 1 credit moved in the roll.');
    expect(text).toContain('MOVED IN THE ROLL (1)\n  ~ Cast: Mara Okafor: line 2 → line 3 (was after Associate Producer — Anaïs Lefort; now after Cast — יעל בר-און)\n');
    const html = comparisonHtml(comparison, labels);
    const table = html.slice(html.indexOf('Moved in the roll'));
    expect(html.indexOf('Moved in the roll')).toBeGreaterThan(0);
    expect(table).toContain('<bdi>Mara Okafor</bdi>');
    expect(table).toContain('line 2, after <bdi>Associate Producer — Anaïs Lefort</bdi>');
    expect(table).toContain('line 3, after <bdi>Cast — יעל בר-און</bdi>');
  });

  it('says what a credit now follows, not "line 2 → line 2", when it moved but kept its line number', () => {
    const before = smallProduction();
    // Yael now comes first among the cast, and the line above them both is removed: Mara moves below Yael yet
    // stays on line 2.
    let after = editCredit(editCredit(before, 'c-mara-cast', { billing: 2 }), 'c-yael-cast', { billing: 1 });
    after = { ...after, credits: after.credits.filter((c) => c.id !== 'c-ana-ap') };
    const comparison = compareDocuments(before, after);
    expect(comparison.moved.map((m) => [m.person, m.from.line, m.to.line])).toEqual([['Mara Okafor', 2, 2]]);
    const text = comparisonText(comparison, labels);
    expect(text).toContain('MOVED IN THE ROLL (1)\n  ~ Cast: Mara Okafor: still line 2, but now after Cast — יעל בר-און (was after Associate Producer — Anaïs Lefort)\n');
    expect(text).not.toMatch(/line (\d+) → line \1\b/);
    const table = comparisonHtml(comparison, labels).split('Moved in the roll')[1];
    expect(table).toContain('<td>line 2, after <bdi>Associate Producer — Anaïs Lefort</bdi></td><td>still line 2, after <bdi>Cast — יעל בר-און</bdi></td>');
  });

  it('says the neighbours were reordered when both the line and the line before it read the same', () => {
    const move = { person: 'Mara Okafor', title: 'Cast', department: 'Cast', beforeCreditId: 'a', afterCreditId: 'a', from: { line: 4, follows: 'Cast — Jo Lee' }, to: { line: 4, follows: 'Cast — Jo Lee' } };
    expect(describeMove(move)).toBe('still line 4, after Cast — Jo Lee, with the credits around it in a different order');
    expect(describeMove({ ...move, from: { line: 1, follows: null }, to: { line: 1, follows: 'Cast — Jo Lee' } })).toBe('still line 1, but now after Cast — Jo Lee (was at the top)');
  });
});

describe('comparisonHtml', () => {
  it('is a self-contained page with escaped text and isolated names', () => {
    const { before, after } = changedProduction();
    const html = comparisonHtml(compareDocuments(before, after), { ...labels, productionTitle: 'Night "Train" </style><script>alert(1)</script>' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Okafor</b>');
    expect(html).toContain('<bdi>Mara &lt;b&gt;Okafor&lt;/b&gt;</bdi>');
    expect(html).toContain('<bdi>יעל בר-און</bdi>');
    expect(html).toContain('Researched the archive &amp; the score.');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/src=|href=|@import|url\(/);
  });
});

describe('describeChanges', () => {
  it('words a contribution removed and a change of type', () => {
    const before = smallProduction();
    const after = editCredit(before, 'c-ana-ap', { contributions: [createContribution({ id: 'k-1', typeId: 'contribution:logistical', justification: 'Researched the archive footage.', evidence: 'Email of 3 March' })] });
    const [change] = compareDocuments(before, after).changed;
    expect(describeChanges(change)).toEqual([{ label: 'Contribution type', before: 'Creative', after: 'Logistical' }]);
    const removed = editCredit(before, 'c-ana-ap', { contributions: [] });
    expect(describeChanges(compareDocuments(before, removed).changed[0])).toEqual([
      { label: 'Creative contribution removed', before: 'Researched the archive footage. (evidence: Email of 3 March)', after: '—' },
    ]);
  });
});
