// The roll's stylesheet for a RollStyle and a rendering mode. Lengths are written in "reference pixels" (a pixel
// of a 1920x1080 frame) through the --px variable: on screen --px follows the width of the stage (container query
// units), so the preview at any size and the crawl at full screen look the same; on paper it is a fixed point size.
// Every gap comes from layout.ts, which the crawl timing reads too. Plain block layout: no flex or grid per row,
// so 20,000 names lay out quickly in the preview and in print.
import type { RollStyle } from '../model';
import { fontFamilyCss } from './fonts';
import { cssColour, cssString } from './html-text';
import { GAPS, LOGO_GAP, LOGO_HEIGHT, LOGOS_PER_ROW, PARAGRAPH_WIDTH, REFERENCE_WIDTH, TITLE_SAFE } from './layout';

export type RenderMode = 'preview' | 'crawl' | 'pdf';

export interface PageFurniture {
  /** Top left of every page: the production (and episode). */
  title: string;
  /** Top right: "Revision: Locked cut 3". */
  revision: string;
  /** Bottom left: the date of the copy. */
  date: string;
}

/**
 * Role and first name share a baseline in the split layout. Both columns are top-aligned (so a row is exactly as
 * tall as its taller column, which the timing relies on) and the smaller role is shifted by the difference of the
 * two baselines: half the line height plus (ascent - descent) / 2 of Noto Sans, per pixel of size difference. The
 * shift is relative, so it moves the text without changing the row's height.
 */
const BASELINE_FACTOR = 0.388;

const CASES: Record<RollStyle['roleCase'], string> = { 'as-entered': 'none', upper: 'uppercase', lower: 'lowercase', title: 'capitalize' };

/** One pixel of a 1920-wide frame, printed: a 36 px name is 10.8 pt on the review copy. */
const PDF_PX = '0.3pt';

export function rollCss(style: RollStyle, mode: RenderMode, furniture?: PageFurniture): string {
  const paper = mode === 'pdf';
  const colour = paper ? '#000' : cssColour(style.color, '#ffffff');
  const background = paper ? '#fff' : cssColour(style.background, '#000000');
  const family = fontFamilyCss(style.fontFamily);
  const headingFamily = fontFamilyCss(style.headingFontFamily || style.fontFamily);
  const gutter = `calc(var(--px) * ${style.gutterPx})`;
  const half = `calc((100% - ${gutter}) / 2)`;
  const stacked = style.align !== 'split';
  const textAlign = style.align === 'split' ? 'center' : style.align;

  const rules: string[] = [
    `*{box-sizing:border-box;margin:0;padding:0}`,
    `html,body{background:${background};color:${colour}}`,
    `body{font-family:${family};font-synthesis:none;-webkit-font-smoothing:antialiased;text-rendering:optimizeLegibility}`,
    // The size variables live on .rc-roll, beside --px, because a custom property's var() is resolved where it is declared.
    `.rc-roll{--px:${paper ? PDF_PX : `calc(100cqw / ${REFERENCE_WIDTH})`};--lh:${style.lineHeight};--role-size:calc(var(--px) * ${style.roleSizePx});--name-size:calc(var(--px) * ${style.nameSizePx});--heading-size:calc(var(--px) * ${style.headingSizePx});--role-line:calc(var(--role-size) * var(--lh));--name-line:calc(var(--name-size) * var(--lh));--heading-line:calc(var(--heading-size) * var(--lh));width:100%;text-align:${textAlign}}`,
    `.rc-role{font-size:var(--role-size);line-height:var(--role-line);font-weight:${style.roleWeight};text-transform:${CASES[style.roleCase]}}`,
    `.rc-name{font-size:var(--name-size);line-height:var(--name-line);font-weight:${style.nameWeight};text-transform:${CASES[style.nameCase]};unicode-bidi:plaintext}`,
    `.rc-and{font-size:var(--role-size);line-height:var(--role-line);font-weight:${style.roleWeight}}`,
    `.rc-heading{font-family:${headingFamily};font-size:var(--heading-size);line-height:var(--heading-line);font-weight:700;text-transform:${CASES[style.roleCase]};margin-bottom:calc(var(--heading-size) * ${GAPS.heading});text-align:${textAlign}}`,
    `.rc-block{margin-bottom:calc(var(--name-size) * ${GAPS.block})}`,
    `.rc-block:last-child{margin-bottom:0}`,
    `.rc-spacer{height:calc(var(--name-line) * var(--lines))}`,
    // Role-name pairs. A row's children are inline blocks on a zero-height line, so a row is exactly as tall as its
    // taller column.
    `.rc-pairs{font-size:0;line-height:0}`,
    `.rc-row{display:inline-block;vertical-align:top;width:100%}`,
    `.rc-cols-2>.rc-row{width:${half}}`,
    `.rc-cols-2>.rc-row:nth-child(2n){margin-left:${gutter}}`,
    stacked
      ? `.rc-row>.rc-role,.rc-row>.rc-names{display:block}.rc-pairs>.rc-row+.rc-row{margin-top:calc(var(--name-size) * ${GAPS.stackedRow})}.rc-cols-2>.rc-row:nth-child(2){margin-top:0}`
      : `.rc-row>.rc-role{display:inline-block;vertical-align:top;width:${half};text-align:right;position:relative;top:calc((var(--name-size) - var(--role-size)) * (var(--lh) / 2 + ${BASELINE_FACTOR}))}.rc-row>.rc-names{display:inline-block;vertical-align:top;width:${half};margin-left:${gutter};text-align:left}`,
    // Names-only groups in columns.
    `.rc-group-role{margin-bottom:calc(var(--role-size) * ${GAPS.groupLabel})}`,
    `.rc-group-names{font-size:0;line-height:0}`,
    `.rc-group-names>.rc-name{display:inline-block;vertical-align:top;text-align:center}`,
    `.rc-gcols-2>.rc-name{width:50%}.rc-gcols-3>.rc-name{width:33.3333%}.rc-gcols-4>.rc-name{width:25%}`,
    `.rc-song+.rc-song{margin-top:calc(var(--name-size) * ${GAPS.song})}`,
    `.rc-song-title{font-size:var(--name-size);line-height:var(--name-line);font-weight:${style.nameWeight}}`,
    `.rc-song-line{font-size:var(--role-size);line-height:var(--role-line);font-weight:${style.roleWeight}}`,
    `.rc-logos{font-size:0;line-height:0;text-align:center}`,
    `.rc-logo{display:inline-block;vertical-align:top;width:${100 / LOGOS_PER_ROW}%;height:calc(var(--px) * ${LOGO_HEIGHT});object-fit:contain}`,
    `.rc-logo:nth-child(n+${LOGOS_PER_ROW + 1}){margin-top:calc(var(--px) * ${LOGO_GAP})}`,
    `.rc-paragraph{font-size:var(--role-size);line-height:var(--role-line);font-weight:${style.roleWeight};max-width:${PARAGRAPH_WIDTH * 100}%;margin-left:auto;margin-right:auto;text-align:center;white-space:pre-line;unicode-bidi:plaintext}`,
    `.rc-card{position:relative;aspect-ratio:16/9;display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center}`,
    `.rc-card>.rc-role{margin-bottom:calc(var(--role-size) * 0.25)}`,
  ];
  if (mode === 'preview' || mode === 'crawl') rules.push(...screenRules(mode));
  if (paper) rules.push(...paperRules(headingFamily, family, furniture));
  return rules.join('\n');
}

function screenRules(mode: RenderMode): string[] {
  const rules = [
    `.rc-stage{container-type:inline-size;width:100%}`,
    `.rc-cards{width:100%}`,
    `.rc-card{width:100%;border-bottom:1px solid rgba(128,128,128,.35)}`,
    `.rc-end{padding:calc(100cqw * 9 / 32) ${((1 - TITLE_SAFE) / 2) * 100}%}`,
    // Title-safe guides (90% of the frame): lines down the sides of the crawl and a box inside each card.
    `.rc-safe-on .rc-stage{position:relative}`,
    `.rc-safe-on .rc-end{background:linear-gradient(to right,transparent calc(5% - 1px),rgba(255,64,64,.55) calc(5% - 1px),rgba(255,64,64,.55) 5%,transparent 5%,transparent 95%,rgba(255,64,64,.55) 95%,rgba(255,64,64,.55) calc(95% + 1px),transparent calc(95% + 1px))}`,
    `.rc-safe-on .rc-card::after{content:"";position:absolute;inset:5%;border:1px dashed rgba(255,64,64,.55);pointer-events:none}`,
  ];
  if (mode === 'preview') {
    // Sections off screen are skipped until scrolled to, so the first screen of a long roll appears at once.
    rules.push(`.rc-lazy .rc-section{content-visibility:auto;contain-intrinsic-size:auto 600px}`);
  }
  if (mode === 'crawl') {
    rules.push(
      `.rc-playing{overflow:hidden}`,
      `.rc-playing .rc-stage{position:fixed;inset:0;margin:auto;width:min(100vw,calc(100vh * 16 / 9));height:auto;aspect-ratio:16/9;overflow:hidden}`,
      `.rc-playing .rc-cards{position:absolute;inset:0}`,
      `.rc-playing .rc-card{position:absolute;inset:0;border:0;opacity:0;transition:opacity .4s}`,
      `.rc-playing .rc-card.rc-on{opacity:1}`,
      `.rc-playing .rc-end{position:absolute;left:0;right:0;top:0;padding-top:0;padding-bottom:0;will-change:transform;visibility:hidden}`,
      `.rc-playing.rc-safe-on .rc-end{background:none}`,
      `.rc-hint{position:fixed;left:1em;bottom:1em;font:13px/1.4 ${fontFamilyCss('')};color:#aaa;opacity:.8;transition:opacity 1s}`,
      `.rc-playing .rc-hint{opacity:0}`,
    );
  }
  return rules;
}

function paperRules(headingFamily: string, family: string, furniture?: PageFurniture): string[] {
  const f = furniture ?? { title: '', revision: '', date: '' };
  const box = `font-family:${family};font-size:8pt;color:#333`;
  return [
    `@page{size:A4;margin:20mm 16mm 18mm 16mm;` +
      `@top-left{content:${cssString(f.title)};${box}}` +
      `@top-right{content:${cssString(f.revision)};${box}}` +
      `@bottom-left{content:${cssString(f.date)};${box}}` +
      `@bottom-right{content:"Page " counter(page) " of " counter(pages);${box}}}`,
    `.rc-part{font-family:${headingFamily};font-size:14pt;font-weight:700;margin:0 0 6mm;text-align:left;border-bottom:0.5pt solid #999;padding-bottom:2mm}`,
    `.rc-end{break-before:page}`,
    `.rc-cards{font-size:0}`,
    `.rc-card{display:inline-flex;vertical-align:top;width:48%;margin:0 2% 4mm 0;border:0.5pt solid #999;break-inside:avoid;padding:2mm}`,
    `.rc-card-note{position:absolute;left:2mm;top:1.5mm;font-size:6.5pt;color:#666}`,
    `.rc-heading{break-after:avoid}`,
    `.rc-row,.rc-song,.rc-group-role,.rc-paragraph,.rc-logos{break-inside:avoid}`,
    `.rc-group-role{break-after:avoid}`,
  ];
}
