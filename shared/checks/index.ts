// checks(document): everything in a production that needs attention, for the checks panel and the CLI. Pure and
// linear in the size of the document (Maps, one pass per list), so it runs on every change at 20,000 credits.
import { creditItems, type CreditContext } from './credits';
import { duplicateItems, nameVariantItems } from './names';
import { financialTypeIds, producingTitleIds } from '../policy';
import type { CheckInput, CheckItem, CheckKind, CheckSeverity } from './types';

export * from './types';
export { pgaMarkProblem } from './credits';

const SEVERITY_RANK: Record<CheckSeverity, number> = { error: 0, warning: 1, info: 2 };
const KIND_ORDER: CheckKind[] = [
  'missing-reference',
  'pga-mark',
  'missing-contribution',
  'missing-justification',
  'duplicate-people',
  'duplicate-companies',
  'name-variants',
  'repeated-credit',
  'courtesy-credit',
  'unapproved',
];

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) map.set(item.id, item);
  return map;
}

/** Every item that needs attention, most serious first; within a severity, grouped by kind in a fixed order. */
export function checks(doc: CheckInput): CheckItem[] {
  const people = byId(doc.people);
  const ctx: CreditContext = {
    production: doc.production,
    titles: byId(doc.titles),
    people,
    companies: byId(doc.companies),
    producingTitleIds: producingTitleIds(doc.titles, doc.departments, doc.production),
    financialTypeIds: financialTypeIds(doc.contributionTypes),
  };
  const items = [...creditItems(doc.credits, ctx), ...duplicateItems(doc.people, doc.companies), ...nameVariantItems(doc.credits, people)];
  const kindRank = new Map(KIND_ORDER.map((k, i) => [k, i]));
  // Stable sort keeps credits in document order inside each kind.
  return items.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || kindRank.get(a.kind)! - kindRank.get(b.kind)!);
}

/** Counts by severity, for a tab badge or a CLI summary line. */
export function countBySeverity(items: readonly CheckItem[]): Record<CheckSeverity, number> {
  const counts: Record<CheckSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const item of items) counts[item.severity]++;
  return counts;
}
