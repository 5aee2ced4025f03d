// The measurements the roll's CSS is built from, and the roll's height computed from them. Both the renderer
// (html.ts) and the crawl timing (timing.ts) read these numbers, so the running time of a crawl matches what the
// HTML draws without laying it out in a browser. Sizes are pixels of a 1920x1080 frame (the style's sizes mean
// the same thing at 3840x2160, where every length doubles).
import type { RollStyle } from '../model';
import type { Roll, RollBlock, RollEntry } from './types';

export const REFERENCE_WIDTH = 1920;
export const REFERENCE_HEIGHT = 1080;
/** Title safe: 90% of the frame (Netflix's recommendation); the roll is kept inside it. */
export const TITLE_SAFE = 0.9;
export const ACTION_SAFE = 0.93;
export const CONTENT_WIDTH = REFERENCE_WIDTH * TITLE_SAFE;

/** Fixed gaps, as fractions of a font size: they do not grow with the line height. */
export const GAPS = {
  /** Below a department heading, of the heading size. */
  heading: 0.5,
  /** Below each block except a section's last, of the name size. */
  block: 0.5,
  /** Between rows when role and names are stacked (centre, left, right alignment), of the name size. */
  stackedRow: 0.5,
  /** Below a names group's label, of the role size. */
  groupLabel: 0.25,
  /** Between songs and between paragraphs, of the name size. */
  song: 0.5,
};
export const LOGO_HEIGHT = 120;
export const LOGO_GAP = 48;
export const LOGOS_PER_ROW = 3;
/** Paragraphs are set narrower than the roll, and a line holds about this many characters per role-size em. */
export const PARAGRAPH_WIDTH = 0.8;
const AVERAGE_CHAR_EM = 0.5;

/**
 * A roll's height as `fixedPx + lineHeight * perLineHeightPx` (reference pixels): every text line grows with the
 * line height, gaps and logos do not. Fitting a running time solves this for the line height.
 */
export interface RollHeight {
  fixedPx: number;
  perLineHeightPx: number;
}

export function rollHeightAt(height: RollHeight, lineHeight: number): number {
  return height.fixedPx + height.perLineHeightPx * lineHeight;
}

export function isStacked(style: RollStyle): boolean {
  return style.align !== 'split';
}

/** The end crawl's height for a style (the opening cards are timed separately: they hold, they do not scroll). */
export function measureRoll(roll: Roll, style: RollStyle): RollHeight {
  let fixed = 0;
  let lines = 0;
  const name = style.nameSizePx;
  for (const section of roll.endCredits) {
    if (section.heading !== null) {
      lines += style.headingSizePx;
      fixed += GAPS.heading * style.headingSizePx;
    }
    section.blocks.forEach((block, i) => {
      const h = measureBlock(block, style);
      fixed += h.fixedPx;
      lines += h.perLineHeightPx;
      if (i < section.blocks.length - 1) fixed += GAPS.block * name;
    });
  }
  return { fixedPx: fixed, perLineHeightPx: lines };
}

/** Lines of an entry list: one per entry, plus an "and" line (role size) between entries when joined with "and". */
function entryLines(entries: readonly RollEntry[], conjunction: 'and' | null, style: RollStyle): number {
  const ands = conjunction === 'and' ? Math.max(0, entries.length - 1) : 0;
  return entries.length * style.nameSizePx + ands * style.roleSizePx;
}

export function measureBlock(block: RollBlock, style: RollStyle): RollHeight {
  const role = style.roleSizePx;
  const name = style.nameSizePx;
  switch (block.kind) {
    case 'pairs': {
      const stacked = isStacked(style);
      let lines = 0;
      let fixed = 0;
      const rowHeight = (i: number) => {
        const row = block.rows[i];
        const names = entryLines(row.entries, row.conjunction, style);
        const hasRole = row.role !== '';
        return stacked ? (hasRole ? role : 0) + names : Math.max(hasRole ? role : 0, names);
      };
      for (let i = 0; i < block.rows.length; i += block.columns) {
        let h = rowHeight(i);
        if (block.columns === 2 && i + 1 < block.rows.length) h = Math.max(h, rowHeight(i + 1));
        lines += h;
        if (stacked && i + block.columns < block.rows.length) fixed += GAPS.stackedRow * name;
      }
      return { fixedPx: fixed, perLineHeightPx: lines };
    }
    case 'names':
      return { fixedPx: GAPS.groupLabel * role, perLineHeightPx: role + Math.ceil(block.entries.length / block.columns) * name };
    case 'songs': {
      let lines = 0;
      for (const song of block.songs) {
        lines += name;
        if (song.writtenBy) lines += role;
        if (song.performedBy) lines += role;
        if (song.courtesyOf) lines += role;
      }
      return { fixedPx: Math.max(0, block.songs.length - 1) * GAPS.song * name, perLineHeightPx: lines };
    }
    case 'logos': {
      const rows = Math.ceil(block.logos.length / LOGOS_PER_ROW);
      return { fixedPx: rows * LOGO_HEIGHT + Math.max(0, rows - 1) * LOGO_GAP, perLineHeightPx: 0 };
    }
    case 'paragraph': {
      const perLine = Math.max(1, Math.floor((CONTENT_WIDTH * PARAGRAPH_WIDTH) / (role * AVERAGE_CHAR_EM)));
      let count = 0;
      for (const line of block.text.split('\n')) count += Math.max(1, Math.ceil([...line].length / perLine));
      return { fixedPx: 0, perLineHeightPx: count * role };
    }
    case 'spacer':
      return { fixedPx: 0, perLineHeightPx: block.lines * name };
  }
}
