// The comparison as a producer reads it: plain text (for an email with "v7 attached") and self-contained HTML that
// main prints to PDF. Both list, in roll order: credits removed, added and changed (each change before and after),
// moves in the roll, and changes around the credits. Names are wrapped in <bdi> so Arabic and Hebrew names keep
// their direction without scrambling the line around them.
import type { Comparison, ContributionView, CreditChange, CreditRef, FieldChange, RollMove, RollPosition, StructureChange } from './types';

export interface ReportLabels {
  productionTitle: string;
  /** "Sent to legal (12 March 2026)", "Night Train v6.rollcall". */
  beforeLabel: string;
  /** "Current credits", "Studio approved". */
  afterLabel: string;
  /** A line such as "Compared on 14 March 2026 by Ana", if wanted. */
  note?: string;
}

/** One line of a change: what, before, after. */
export interface ChangeLine {
  label: string;
  before: string;
  after: string;
}

const FIELD_LABELS: Record<Exclude<FieldChange['field'], 'contribution'>, string> = {
  person: 'Person',
  creditedAs: 'Name as credited',
  title: 'Title',
  department: 'Department',
  placement: 'Placement',
  billing: 'Billing position',
  status: 'Status',
  character: 'Character',
  uncredited: 'On the roll',
  pgaMark: 'p.g.a. mark',
};

/** A placement as the app's forms name it (mid-sentence: lower case). */
const placementWords = (placement: unknown): string => (placement === 'main' ? 'opening/main titles' : 'end credits');

function plainValue(field: FieldChange['field'], value: FieldChange['before']): string {
  if (value === null) return '—';
  if (field === 'placement') return placementWords(value);
  if (field === 'uncredited') return value ? 'no (uncredited)' : 'yes';
  if (field === 'pgaMark') return value ? 'shown' : 'not shown';
  if (typeof value === 'string') return value === '' ? '(none)' : value;
  return String(value);
}

function contributionLines(before: ContributionView | null, after: ContributionView | null): ChangeLine[] {
  if (!before && after) return [{ label: `${after.type} contribution added`, before: '—', after: withEvidence(after) }];
  if (before && !after) return [{ label: `${before.type} contribution removed`, before: withEvidence(before), after: '—' }];
  if (!before || !after) return [];
  const lines: ChangeLine[] = [];
  if (before.type !== after.type) lines.push({ label: 'Contribution type', before: before.type, after: after.type });
  if (before.justification !== after.justification) lines.push({ label: `${after.type} justification`, before: before.justification || '(none)', after: after.justification || '(none)' });
  if (before.evidence !== after.evidence) lines.push({ label: `${after.type} evidence`, before: before.evidence || '(none)', after: after.evidence || '(none)' });
  return lines;
}

function withEvidence(view: ContributionView): string {
  const why = view.justification || '(no justification)';
  return view.evidence ? `${why} (evidence: ${view.evidence})` : why;
}

/** Every field change of a credit in words; contributions can take more than one line. */
export function describeChanges(change: CreditChange): ChangeLine[] {
  return change.changes.flatMap((c) =>
    c.field === 'contribution'
      ? contributionLines(c.before as ContributionView | null, c.after as ContributionView | null)
      : [{ label: FIELD_LABELS[c.field], before: plainValue(c.field, c.before), after: plainValue(c.field, c.after) }],
  );
}

/** An added or removed credit's particulars: "as Nell, Cast, end credits, approved" (the app's list and the reports). */
export function describeRef(ref: CreditRef): string {
  const parts = [ref.department, placementWords(ref.placement), ref.status];
  if (ref.character) parts.unshift(`as ${ref.character}`);
  if (ref.uncredited) parts.push('uncredited');
  return parts.filter(Boolean).join(', ');
}

const neighbour = (position: RollPosition) => (position.follows ? `after ${position.follows}` : 'at the top');

/**
 * A move in words. A credit can move among its neighbours and keep its line number (a line above it removed, and
 * it moved down one): "line 2 → line 2" would read as no move, so then it says what it follows instead.
 */
export function describeMove(move: RollMove): string {
  const from = neighbour(move.from);
  const to = neighbour(move.to);
  if (move.from.line !== move.to.line) return `line ${move.from.line} → line ${move.to.line} (was ${from}; now ${to})`;
  if (from === to) return `still line ${move.to.line}, ${to}, with the credits around it in a different order`;
  return `still line ${move.to.line}, but now ${to} (was ${from})`;
}

export function describeStructure(change: StructureChange): string {
  const kind = { production: 'Production', department: 'Department', title: 'Title', contributionType: 'Contribution type' }[change.kind];
  if (change.change === 'added') return `${kind} added: ${change.name}`;
  if (change.change === 'removed') return `${kind} removed: ${change.name}`;
  const details = change.changes.map((c) => `${c.field} ${quote(c.before)} → ${quote(c.after)}`).join('; ');
  return `${kind} ${change.kind === 'production' ? '' : `“${change.name}” `}changed: ${details}`;
}

const quote = (value: string | number | null) => (value === null ? '—' : typeof value === 'number' ? String(value) : `“${value}”`);
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function summaryLine(comparison: Comparison): string {
  const { added, removed, changed, moved } = comparison.counts;
  if (added + removed + changed + moved + comparison.structure.length === 0) return 'No differences: the credits are the same.';
  const parts = [`${plural(added, 'credit')} added`, `${plural(removed, 'credit')} removed`, `${plural(changed, 'credit')} changed`, `${plural(moved, 'credit')} moved in the roll`];
  if (comparison.structure.length > 0) parts.push(plural(comparison.structure.length, 'other change'));
  return `${parts.join(', ')}.`;
}

function heading(labels: ReportLabels): string {
  return `${labels.productionTitle}: what changed from “${labels.beforeLabel}” to “${labels.afterLabel}”`;
}

export function comparisonText(comparison: Comparison, labels: ReportLabels): string {
  const out: string[] = [heading(labels)];
  if (labels.note) out.push(labels.note);
  out.push('', summaryLine(comparison));
  const section = (title: string, count: number, lines: string[]) => {
    if (count === 0) return;
    out.push('', `${title} (${count.toLocaleString('en-GB')})`, ...lines);
  };
  section('REMOVED', comparison.removed.length, comparison.removed.map((r) => `  - ${r.title}: ${r.person} [${describeRef(r)}]`));
  section('ADDED', comparison.added.length, comparison.added.map((r) => `  + ${r.title}: ${r.person} [${describeRef(r)}]`));
  section(
    'CHANGED',
    comparison.changed.length,
    comparison.changed.flatMap((c) => [`  * ${c.title}: ${c.person}`, ...describeChanges(c).map((l) => `      ${l.label}: ${l.before} → ${l.after}`)]),
  );
  section('MOVED IN THE ROLL', comparison.moved.length, comparison.moved.map((m) => `  ~ ${m.title}: ${m.person}: ${describeMove(m)}`));
  section('OTHER CHANGES', comparison.structure.length, comparison.structure.map((s) => `  ${describeStructure(s)}`));
  return `${out.join('\n')}\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const bdi = (text: string) => `<bdi>${escapeHtml(text)}</bdi>`;

function pageStyle(labels: ReportLabels): string {
  // CSS strings: backslashes and quotes escaped so a production title cannot end the rule early, and "<" as a CSS
  // escape so that "</style>" in a title cannot end the style element.
  const css = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ').replace(/</g, '\\3C ')}"`;
  return `@page { size: A4; margin: 16mm 14mm;
    @bottom-left { content: ${css(`${labels.productionTitle}: changes from ${labels.beforeLabel} to ${labels.afterLabel}`)}; font: 8pt sans-serif; color: #555; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #555; } }`;
}

const STYLE = `
  body { font-family: 'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans CJK JP', 'Noto Sans CJK KR', 'Noto Sans Arabic', 'Noto Sans Hebrew',
    'Noto Sans Devanagari', 'Noto Sans Thai', 'Noto Sans Georgian', 'Noto Sans Armenian', 'Noto Sans Ethiopic', 'Noto Sans Tamil', sans-serif;
    font-size: 10pt; color: #111; margin: 0; }
  h1 { font-size: 15pt; margin: 0 0 4pt; }
  h2 { font-size: 11.5pt; margin: 16pt 0 4pt; border-bottom: 1px solid #999; padding-bottom: 2pt; }
  p.meta { color: #444; margin: 0 0 2pt; }
  p.summary { font-weight: 600; margin: 8pt 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: start; vertical-align: top; padding: 2pt 6pt 2pt 0; border-bottom: 0.5px solid #ddd; }
  th { font-weight: 600; color: #333; }
  tr { break-inside: avoid; }
  td.before { text-decoration: line-through; color: #8a1c1c; }
  td.after { color: #14532d; font-weight: 600; }
  .detail { color: #555; }
`;

export function comparisonHtml(comparison: Comparison, labels: ReportLabels): string {
  const parts: string[] = [];
  const table = (head: string[], rows: string[][]) =>
    `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
  const td = (html: string, cls?: string) => `<td${cls ? ` class="${cls}"` : ''}>${html}</td>`;
  const section = (title: string, count: number, body: () => string) => {
    if (count > 0) parts.push(`<h2>${escapeHtml(title)} (${count.toLocaleString('en-GB')})</h2>${body()}`);
  };
  const refRows = (refs: CreditRef[]) => refs.map((r) => [td(escapeHtml(r.title)), td(bdi(r.person)), td(escapeHtml(describeRef(r)), 'detail')]);
  section('Removed', comparison.removed.length, () => table(['Title', 'Name', 'Details'], refRows(comparison.removed)));
  section('Added', comparison.added.length, () => table(['Title', 'Name', 'Details'], refRows(comparison.added)));
  section('Changed', comparison.changed.length, () =>
    table(
      ['Title', 'Name', 'What', 'Before', 'After'],
      comparison.changed.flatMap((c) =>
        describeChanges(c).map((l, i) => [
          td(i === 0 ? escapeHtml(c.title) : ''),
          td(i === 0 ? bdi(c.person) : ''),
          td(escapeHtml(l.label)),
          td(bdi(l.before), 'before'),
          td(bdi(l.after), 'after'),
        ]),
      ),
    ),
  );
  section('Moved in the roll', comparison.moved.length, () =>
    table(
      ['Title', 'Name', 'Before', 'After'],
      comparison.moved.map((m) => [
        td(escapeHtml(m.title)),
        td(bdi(m.person)),
        td(`line ${m.from.line}${m.from.follows ? `, after ${bdi(m.from.follows)}` : ', at the top'}`),
        // "still line 2" rather than the same number twice, which would read as no move (see describeMove).
        td(`${m.to.line === m.from.line ? 'still ' : ''}line ${m.to.line}${m.to.follows ? `, after ${bdi(m.to.follows)}` : ', at the top'}`),
      ]),
    ),
  );
  section('Other changes', comparison.structure.length, () => `<ul>${comparison.structure.map((s) => `<li>${bdi(describeStructure(s))}</li>`).join('')}</ul>`);
  const title = heading(labels);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${pageStyle(labels)}${STYLE}</style></head><body>`,
    `<h1>${bdi(labels.productionTitle)}: what changed</h1>`,
    `<p class="meta">From ${bdi(`“${labels.beforeLabel}”`)} to ${bdi(`“${labels.afterLabel}”`)}</p>`,
    labels.note ? `<p class="meta">${escapeHtml(labels.note)}</p>` : '',
    `<p class="summary">${escapeHtml(summaryLine(comparison))}</p>`,
    ...parts,
    '</body></html>',
  ].join('\n');
}
