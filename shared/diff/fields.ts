// What changed in one credit between two sides, field by field, in the words a producer uses. Text is compared in
// NFC, so a name stored decomposed on one side and composed on the other is not reported as a respelling.
import type { Contribution } from '../model/types';
import { foldText } from '../names/fold';
import type { Side, TitlePairs } from './side';
import type { ContributionView, FieldChange, MatchRule } from './types';

const nfc = (text: string) => text.normalize('NFC');
/** Equal text, in NFC; the normalisation only runs when the raw strings differ (rarely), which keeps 20,000 pairs fast. */
const sameText = (a: string, b: string) => a === b || nfc(a) === nfc(b);

function contributionView(side: Side, contribution: Contribution): ContributionView {
  return {
    type: side.contributionTypes.get(contribution.typeId)?.name ?? '(unknown type)',
    justification: contribution.justification,
    evidence: contribution.evidence,
  };
}

function sameView(a: ContributionView, b: ContributionView): boolean {
  return sameText(a.type, b.type) && sameText(a.justification, b.justification) && sameText(a.evidence, b.evidence);
}

/** Contributions paired by id, then by type name, then in order; each difference is one change. */
export function contributionChanges(before: Side, after: Side, a: Contribution[], b: Contribution[]): FieldChange[] {
  const changes: FieldChange[] = [];
  if (a.length === 0 && b.length === 0) return changes;
  const left = a.map((c) => ({ c, view: contributionView(before, c) }));
  const right = b.map((c) => ({ c, view: contributionView(after, c) }));
  const pairs: [ContributionView, ContributionView][] = [];
  const take = (match: (x: (typeof left)[number], y: (typeof right)[number]) => boolean) => {
    for (let i = 0; i < left.length; i++) {
      const j = right.findIndex((y) => match(left[i], y));
      if (j < 0) continue;
      pairs.push([left[i].view, right[j].view]);
      left.splice(i--, 1);
      right.splice(j, 1);
    }
  };
  take((x, y) => x.c.id === y.c.id);
  take((x, y) => foldText(x.view.type) === foldText(y.view.type));
  while (left.length > 0 && right.length > 0) pairs.push([left.shift()!.view, right.shift()!.view]);
  for (const [x, y] of pairs) if (!sameView(x, y)) changes.push({ field: 'contribution', before: x, after: y });
  for (const x of left) changes.push({ field: 'contribution', before: x.view, after: null });
  for (const y of right) changes.push({ field: 'contribution', before: null, after: y.view });
  return changes;
}

/**
 * The changes between the credit at `beforeIndex` of the before side and the one at `afterIndex` of the after side.
 * Called for every pair (20,000 of them, nearly all unchanged), so it reads names by index and allocates nothing
 * but the (usually empty) list.
 */
export function creditChanges(
  before: Side,
  after: Side,
  beforeIndex: number,
  afterIndex: number,
  rule: MatchRule,
  maps: { titles: ReadonlyMap<string, string>; departments: ReadonlyMap<string, string>; titlePairs: TitlePairs },
): FieldChange[] {
  const a = before.state.credits[beforeIndex];
  const b = after.state.credits[afterIndex];
  const changes: FieldChange[] = [];
  // A credit that kept its id but now names another person record is a change of person; across files (or the
  // same person record renamed) a different name is a change of spelling.
  const otherRecord = a.subject.kind !== b.subject.kind || (a.subject.kind === 'person' ? a.subject.personId !== (b.subject as { personId: string }).personId : a.subject.companyId !== (b.subject as { companyId: string }).companyId);
  if (rule === 'id' && otherRecord && !sameText(before.subjectNameAt(beforeIndex), after.subjectNameAt(afterIndex))) {
    changes.push({ field: 'person', before: before.subjectNameAt(beforeIndex), after: after.subjectNameAt(afterIndex) });
    if (!sameText(a.creditedAs, b.creditedAs)) changes.push({ field: 'creditedAs', before: before.screenNameAt(beforeIndex), after: after.screenNameAt(afterIndex) });
  } else if (!sameText(before.screenNameAt(beforeIndex), after.screenNameAt(afterIndex))) {
    changes.push({ field: 'creditedAs', before: before.screenNameAt(beforeIndex), after: after.screenNameAt(afterIndex) });
  }
  // The same title (the paired one) on both sides, whose departments are paired too, is the common case: two
  // array reads. Otherwise another title or department of the same name (a title recreated) reads the same, so it
  // is no change either.
  const beforeTitle = before.titleAt[beforeIndex];
  const sameTitle = beforeTitle >= 0 && maps.titlePairs.afterOf[beforeTitle] === after.titleAt[afterIndex];
  if (!sameTitle && before.titleName(a) !== after.titleName(b)) changes.push({ field: 'title', before: before.titleName(a), after: after.titleName(b) });
  if (!sameTitle || !maps.titlePairs.sameDepartment[beforeTitle]) {
    const da = before.departmentOf(a);
    const db = after.departmentOf(b);
    if ((da && maps.departments.get(da.id)) !== db?.id && (da?.name ?? '') !== (db?.name ?? '')) {
      changes.push({ field: 'department', before: da?.name ?? '', after: db?.name ?? '' });
    }
  }
  if (a.placement !== b.placement) changes.push({ field: 'placement', before: a.placement, after: b.placement });
  if (a.billing !== b.billing) changes.push({ field: 'billing', before: a.billing, after: b.billing });
  if (a.status !== b.status) changes.push({ field: 'status', before: a.status, after: b.status });
  if (!sameText(a.character, b.character)) changes.push({ field: 'character', before: a.character, after: b.character });
  if (a.uncredited !== b.uncredited) changes.push({ field: 'uncredited', before: a.uncredited, after: b.uncredited });
  if (a.pgaMark !== b.pgaMark) changes.push({ field: 'pgaMark', before: a.pgaMark, after: b.pgaMark });
  if (a.contributions.length > 0 || b.contributions.length > 0) for (const change of contributionChanges(before, after, a.contributions, b.contributions)) changes.push(change);
  return changes;
}
