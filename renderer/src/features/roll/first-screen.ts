// The first screen of a long roll comes first: the preview loads the opening cards and the first few sections,
// paints, then adds the remaining sections a slice per frame. Parsing all of a 5,000-credit roll before anything
// shows would keep the preview blank for the whole parse; the slices keep the app responsive while they arrive.
import type { Roll, RollSection } from '../../../../shared/roll';

/** Lines of the end credits in the first load: more than a frame holds at any preview size. */
export const FIRST_SCREEN_LINES = 120;
/** Lines added per animation frame afterwards. */
export const SLICE_LINES = 800;

function sectionLines(section: RollSection): number {
  let lines = section.heading === null ? 0 : 1;
  for (const block of section.blocks) {
    if (block.kind === 'pairs') lines += block.rows.length;
    else if (block.kind === 'names') lines += 1 + Math.ceil(block.entries.length / block.columns);
    else if (block.kind === 'songs') lines += block.songs.length * 3;
    else lines += 1;
  }
  return lines;
}

/** Whole sections in slices of about `size` lines (a section is never split: its heading stays with its names). */
function slices(sections: readonly RollSection[], size: number): RollSection[][] {
  const out: RollSection[][] = [];
  let current: RollSection[] = [];
  let lines = 0;
  for (const section of sections) {
    current.push(section);
    lines += sectionLines(section);
    if (lines >= size) {
      out.push(current);
      current = [];
      lines = 0;
    }
  }
  if (current.length) out.push(current);
  return out;
}

export interface FirstScreen {
  /** The roll cut after the sections that fill the first screen. */
  head: Roll;
  /** The remaining sections, in slices to add one per frame; empty when the roll fits the first load. */
  rest: RollSection[][];
}

export function splitForFirstScreen(roll: Roll, firstLines = FIRST_SCREEN_LINES, sliceLines = SLICE_LINES): FirstScreen {
  const [first, ...others] = slices(roll.endCredits, firstLines);
  if (others.length === 0) return { head: roll, rest: [] };
  return { head: { ...roll, endCredits: first }, rest: slices(others.flat(), sliceLines) };
}
