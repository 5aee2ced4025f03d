// Crawl timing. A crawl moves a whole number of pixels every frame (a fractional speed makes the text shimmer),
// so its running time follows from the roll's height, the frame and the frame rate. Fitting a target running
// time varies the line height within 1.20-1.45 and chooses among whole-pixel speed steps; when no combination
// meets the target, the answer says so in a sentence and gives the nearest time that can be met.
import type { RollStyle } from '../model';
import { ACTION_SAFE, measureRoll, REFERENCE_HEIGHT, rollHeightAt, TITLE_SAFE, type RollHeight } from './layout';
import type { Roll } from './types';

export type FrameName = RollStyle['frame'];
export type FrameRateName = RollStyle['fps'];

export const FRAMES: Record<FrameName, { width: number; height: number }> = {
  '1920x1080': { width: 1920, height: 1080 },
  '3840x2160': { width: 3840, height: 2160 },
};

/** 23.976 and 29.97 are the NTSC rates 24000/1001 and 30000/1001, not the rounded numbers. */
export const FRAME_RATES: Record<FrameRateName, number> = {
  '23.976': 24000 / 1001,
  '24': 24,
  '25': 25,
  '29.97': 30000 / 1001,
};

export const LINE_HEIGHT_MIN = 1.2;
export const LINE_HEIGHT_MAX = 1.45;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function insetArea(frame: FrameName, share: number): Rect {
  const { width, height } = FRAMES[frame];
  const w = width * share;
  const h = height * share;
  return { x: (width - w) / 2, y: (height - h) / 2, width: w, height: h };
}

/** Title-safe area (90%) in frame pixels: where every letter of the roll must stay. */
export function titleSafeArea(frame: FrameName): Rect {
  return insetArea(frame, TITLE_SAFE);
}

export function actionSafeArea(frame: FrameName): Rect {
  return insetArea(frame, ACTION_SAFE);
}

/** Frame pixels per reference (1080p) pixel: 1 at 1920x1080, 2 at 3840x2160. */
export function frameScale(frame: FrameName): number {
  return FRAMES[frame].height / REFERENCE_HEIGHT;
}

/**
 * Whole-pixel speeds offered when fitting a time: 2-10 px per frame at 1080p (4 is a common choice, 7 is fast),
 * twice that at 2160p so the crawl reads at the same pace.
 */
export function speedSteps(frame: FrameName): number[] {
  const scale = frameScale(frame);
  const steps: number[] = [];
  for (let s = 2 * scale; s <= 10 * scale && s <= 30; s++) steps.push(s);
  return steps;
}

export interface CrawlTiming {
  frame: FrameName;
  fps: FrameRateName;
  speedPxPerFrame: number;
  lineHeight: number;
  /** The end crawl's height in frame pixels. */
  rollHeightPx: number;
  /** From the first line entering at the bottom to the last line leaving at the top. */
  distancePx: number;
  frames: number;
  /** Running time of the end crawl. */
  seconds: number;
  /** Opening cards, held one after another. */
  mainTitlesSeconds: number;
  titleSafe: Rect;
}

/** Frames and seconds for a crawl of this many frame pixels. */
export function crawlDuration(rollHeightPx: number, frame: FrameName, fps: FrameRateName, speedPxPerFrame: number): { distancePx: number; frames: number; seconds: number } {
  if (!Number.isInteger(speedPxPerFrame) || speedPxPerFrame < 1) throw new RangeError('A crawl speed is a whole number of pixels per frame, at least 1.');
  const distancePx = Math.ceil(rollHeightPx) + FRAMES[frame].height;
  const frames = Math.ceil(distancePx / speedPxPerFrame);
  return { distancePx, frames, seconds: frames / FRAME_RATES[fps] };
}

function secondsFor(height: RollHeight, lineHeight: number, frame: FrameName, fps: FrameRateName, speed: number): number {
  return crawlDuration(rollHeightAt(height, lineHeight) * frameScale(frame), frame, fps, speed).seconds;
}

/** The running time of a roll drawn in a style, as the style's frame, rate, speed and line height give it. */
export function crawlTiming(roll: Roll, style: RollStyle, height: RollHeight = measureRoll(roll, style)): CrawlTiming {
  const rollHeightPx = rollHeightAt(height, style.lineHeight) * frameScale(style.frame);
  const d = crawlDuration(rollHeightPx, style.frame, style.fps, style.speedPxPerFrame);
  return {
    frame: style.frame,
    fps: style.fps,
    speedPxPerFrame: style.speedPxPerFrame,
    lineHeight: style.lineHeight,
    rollHeightPx,
    ...d,
    mainTitlesSeconds: roll.mainTitles.reduce((sum, card) => sum + card.holdSeconds, 0),
    titleSafe: titleSafeArea(style.frame),
  };
}

export interface FitSetting {
  speedPxPerFrame: number;
  lineHeight: number;
  seconds: number;
}

export type FitResult = ({ ok: true } & FitSetting & { message: string }) | { ok: false; message: string; nearest: FitSetting };

export interface FitOptions {
  /** Whole-pixel speeds to choose from; default `speedSteps(style.frame)`. */
  speeds?: number[];
  /** The roll's height if already measured. */
  height?: RollHeight;
}

const roundLineHeight = (lh: number) => Math.round(lh * 1000) / 1000;

/**
 * Fits the end crawl to `targetSeconds`. Prefers the style's current speed, then the nearest speed step (slower
 * first, for legibility), and solves for the line height within 1.20-1.45.
 */
export function fitRunningTime(roll: Roll, style: RollStyle, targetSeconds: number, options: FitOptions = {}): FitResult {
  const height = options.height ?? measureRoll(roll, style);
  const { frame, fps } = style;
  const speeds = [...(options.speeds ?? speedSteps(frame))].filter((s) => Number.isInteger(s) && s >= 1);
  if (!speeds.includes(style.speedPxPerFrame) && Number.isInteger(style.speedPxPerFrame)) speeds.push(style.speedPxPerFrame);
  speeds.sort((a, b) => Math.abs(a - style.speedPxPerFrame) - Math.abs(b - style.speedPxPerFrame) || a - b);
  const scale = frameScale(frame);
  const rate = FRAME_RATES[fps];
  const target = describeDuration(targetSeconds);

  for (const speed of speeds) {
    // Distance the crawl must cover in the target time, back to a line height: frames * speed = roll + frame height.
    const wantedRollPx = (targetSeconds * rate * speed - FRAMES[frame].height) / scale;
    let lineHeight: number;
    if (height.perLineHeightPx > 0) lineHeight = (wantedRollPx - height.fixedPx) / height.perLineHeightPx;
    else lineHeight = style.lineHeight;
    if (lineHeight < LINE_HEIGHT_MIN - 1e-9 || lineHeight > LINE_HEIGHT_MAX + 1e-9) continue;
    lineHeight = Math.min(LINE_HEIGHT_MAX, Math.max(LINE_HEIGHT_MIN, roundLineHeight(lineHeight)));
    const seconds = secondsFor(height, lineHeight, frame, fps, speed);
    // With no text to stretch only the speed moves the time: accept it within half a second.
    if (height.perLineHeightPx === 0 && Math.abs(seconds - targetSeconds) > 0.5) continue;
    return {
      ok: true,
      speedPxPerFrame: speed,
      lineHeight,
      seconds,
      message: `The crawl runs ${describeDuration(seconds)} at ${speed} px per frame with line height ${lineHeight.toFixed(2)}.`,
    };
  }

  let nearest: FitSetting | null = null;
  let shortest = Infinity;
  let longest = 0;
  for (const speed of speeds) {
    for (const lineHeight of [LINE_HEIGHT_MIN, LINE_HEIGHT_MAX]) {
      const seconds = secondsFor(height, lineHeight, frame, fps, speed);
      shortest = Math.min(shortest, seconds);
      longest = Math.max(longest, seconds);
      if (!nearest || Math.abs(seconds - targetSeconds) < Math.abs(nearest.seconds - targetSeconds)) nearest = { speedPxPerFrame: speed, lineHeight, seconds };
    }
  }
  if (!nearest) {
    const seconds = secondsFor(height, style.lineHeight, frame, fps, style.speedPxPerFrame);
    nearest = { speedPxPerFrame: style.speedPxPerFrame, lineHeight: style.lineHeight, seconds };
  }
  const why =
    targetSeconds < shortest
      ? `even at the fastest speed with line height ${LINE_HEIGHT_MIN.toFixed(2)} they take ${describeDuration(shortest)}`
      : targetSeconds > longest
        ? `even at the slowest speed with line height ${LINE_HEIGHT_MAX.toFixed(2)} they take only ${describeDuration(longest)}`
        : `no whole-pixel speed gives that time with a line height between ${LINE_HEIGHT_MIN.toFixed(2)} and ${LINE_HEIGHT_MAX.toFixed(2)}`;
  return {
    ok: false,
    nearest,
    message: `The credits cannot run ${target}: ${why}. The nearest possible running time is ${describeDuration(nearest.seconds)}, at ${nearest.speedPxPerFrame} px per frame with line height ${nearest.lineHeight.toFixed(2)}.`,
  };
}

/** "2:05", "1:02:05"; seconds rounded to the nearest whole second. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}

/** "2:05 (125 seconds)": both forms, because a producer reads the first and an editor checks the second. */
function describeDuration(seconds: number): string {
  return `${formatDuration(seconds)} (${Math.round(seconds)} seconds)`;
}
