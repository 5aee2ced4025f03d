// The justification report: every producing credit with the contributions that earned it, their justifications
// and evidence, and its approval, grouped by title in the Producers Guild's order. It is what a producer shows a
// guild, a financier or an awards committee, so it is printed as a paged PDF with the production, revision, date
// and page numbers on every page. Producing credits are those in the producing department, plus any title the
// production's policy requires a justification for (shared/policy decides, as for the checks and approvals).
import type { RollcallDocument } from '../model';
import { cleanName } from '../names/clean-text';
import { fontFamilyCss } from '../roll/fonts';
import { hasJustifiedContribution, producingTitleIds } from '../policy';
import { titleLabel } from '../roll/credit-names';
import { cssString, escapeHtml } from '../roll/html-text';
import { creditRecords, type CreditRecord } from './credit-records';
import { formatInstant } from './dates';
import { episodeCode } from './formats';

export interface JustificationGroup {
  titleId: string;
  title: string;
  definition: string;
  requiresJustification: boolean;
  credits: CreditRecord[];
}

export function justificationGroups(document: RollcallDocument, options: { episodeId?: string | null } = {}): JustificationGroup[] {
  const required = new Set(document.production.policy.justificationRequiredTitleIds);
  const producing = producingTitleIds(document.titles, document.departments, document.production);
  const groups: JustificationGroup[] = [];
  let current: JustificationGroup | null = null;
  for (const record of creditRecords(document, options)) {
    const title = record.title;
    if (!title) continue;
    if (!producing.has(title.id)) continue;
    if (!current || current.titleId !== title.id) {
      current = { titleId: title.id, title: cleanName(title.name), definition: title.definition.trim(), requiresJustification: required.has(title.id), credits: [] };
      groups.push(current);
    }
    current.credits.push(record);
  }
  for (const group of groups) {
    const title = document.titles.find((t) => t.id === group.titleId);
    if (title) group.title = titleLabel(title, group.credits.length);
  }
  return groups;
}

export interface JustificationOptions {
  episodeId?: string | null;
  revisionName?: string;
  dateText?: string;
  fontFaceCss?: string;
}

const STATUS_TEXT: Record<string, string> = { draft: 'Draft', proposed: 'Proposed', approved: 'Approved', locked: 'Locked' };

export function renderJustificationHtml(document: RollcallDocument, options: JustificationOptions = {}): string {
  const groups = justificationGroups(document, options);
  const typeNames = new Map(document.contributionTypes.map((t) => [t.id, cleanName(t.name)]));
  const code = episodeCode(document, options.episodeId);
  const heading = `${cleanName(document.production.title)}${code ? ` ${code}` : ''}`;
  const family = fontFamilyCss(document.style.fontFamily);
  const credits = groups.reduce((n, g) => n + g.credits.length, 0);
  const unjustified = groups.reduce((n, g) => n + g.credits.filter((r) => !hasJustifiedContribution(r.credit)).length, 0);
  const unapproved = groups.reduce((n, g) => n + g.credits.filter((r) => r.credit.status !== 'approved' && r.credit.status !== 'locked').length, 0);

  const out: string[] = [
    '<!doctype html><html lang="und"><head><meta charset="utf-8">',
    `<title>${escapeHtml(heading)} — Justification report</title><style>`,
    options.fontFaceCss ?? '',
    `@page{size:A4;margin:20mm 16mm 18mm 16mm;` +
      `@top-left{content:${cssString(`${heading} — Justification report`)};font-family:${family};font-size:8pt;color:#333}` +
      `@top-right{content:${cssString(`Revision: ${options.revisionName?.trim() || 'Working copy'}`)};font-family:${family};font-size:8pt;color:#333}` +
      `@bottom-left{content:${cssString(options.dateText ?? '')};font-family:${family};font-size:8pt;color:#333}` +
      `@bottom-right{content:"Page " counter(page) " of " counter(pages);font-family:${family};font-size:8pt;color:#333}}`,
    `*{box-sizing:border-box}body{font-family:${family};font-size:9.5pt;line-height:1.4;color:#000;background:#fff;margin:0;font-synthesis:none}`,
    `h1{font-size:16pt;margin:0 0 2mm}h2{font-size:12.5pt;margin:7mm 0 1mm;border-bottom:0.5pt solid #999;padding-bottom:1mm;break-after:avoid}`,
    `.summary{margin:0 0 4mm;color:#222}.definition{font-style:italic;color:#444;margin:0 0 3mm;break-after:avoid}`,
    `.credit{border-left:2pt solid #bbb;padding:1mm 0 1mm 3mm;margin:0 0 4mm;break-inside:avoid}.credit.missing{border-left-color:#c00}`,
    `.name{font-size:11pt;font-weight:700;unicode-bidi:plaintext}.meta{color:#333;margin:0.5mm 0 1.5mm}`,
    `ol{margin:0;padding-left:5mm}li{margin:0 0 1.5mm}.type{font-weight:700}.evidence,.recorded{color:#333}.none{color:#c00;font-weight:700}`,
    '</style></head><body>',
    `<h1>${escapeHtml(heading)}: producing credits and their justifications</h1>`,
    `<p class="summary">${credits} producing ${credits === 1 ? 'credit' : 'credits'} under ${groups.length} ${groups.length === 1 ? 'title' : 'titles'}; ` +
      `${unjustified} without a recorded justification; ${unapproved} not yet approved.</p>`,
  ];
  if (groups.length === 0) out.push('<p>This production has no producing credits yet.</p>');
  for (const group of groups) {
    out.push(`<section><h2>${escapeHtml(group.title)} (${group.credits.length})</h2>`);
    if (group.definition) out.push(`<p class="definition">${escapeHtml(group.definition)}</p>`);
    for (const record of group.credits) renderCredit(out, record, group, typeNames);
    out.push('</section>');
  }
  out.push('</body></html>');
  return out.join('');
}

function renderCredit(out: string[], record: CreditRecord, group: JustificationGroup, typeNames: Map<string, string>): void {
  const c = record.credit;
  const justified = hasJustifiedContribution(c);
  out.push(`<div class="credit${!justified && group.requiresJustification ? ' missing' : ''}">`);
  const shown = c.uncredited ? record.subjectName : record.nameOnRoll;
  const credited = cleanName(c.creditedAs);
  out.push(`<div class="name">${escapeHtml(shown)}</div>`);
  const meta: string[] = [STATUS_TEXT[c.status] ?? c.status, c.placement === 'main' ? 'Main titles' : 'End credits'];
  if (credited && credited !== record.subjectName) meta.push(`credited as “${credited}” (${record.subjectName})`);
  if (c.uncredited) meta.push('uncredited: on record, not on the roll');
  if (c.pgaMark && !record.pga) meta.push('p.g.a. mark requested but not allowed for this credit');
  meta.push(approvalText(c));
  out.push(`<div class="meta">${escapeHtml(meta.join(' · '))}</div>`);
  if (c.contributions.length === 0) {
    out.push(`<div class="none">No contribution recorded${group.requiresJustification ? ': this title needs a justification before approval' : ''}.</div>`);
  } else {
    out.push('<ol>');
    for (const k of c.contributions) {
      out.push(`<li><span class="type">${escapeHtml(typeNames.get(k.typeId) ?? k.typeId)}</span>: ${escapeHtml(k.justification.trim() || 'No justification written.')}`);
      if (k.evidence.trim()) out.push(`<div class="evidence">Evidence: ${escapeHtml(k.evidence.trim())}</div>`);
      const by = k.recordedBy.trim();
      out.push(`<div class="recorded">Recorded${by ? ` by ${escapeHtml(by)}` : ''} on ${escapeHtml(formatInstant(k.recordedAt))}</div></li>`);
    }
    out.push('</ol>');
  }
  out.push('</div>');
}

/**
 * Who approved the credit. Driven by the status, so the line never contradicts it: an approved or locked credit
 * with no approver recorded (an older or hand-edited file) says so rather than "not approved".
 */
function approvalText(c: CreditRecord['credit']): string {
  if (c.status !== 'approved' && c.status !== 'locked') return 'not approved';
  const by = c.approvedBy.trim();
  const when = c.approvedAt ? ` on ${formatInstant(c.approvedAt)}` : '';
  return by ? `approved by ${by}${when}` : `approver not recorded${when ? ` (approved${when})` : ''}`;
}
