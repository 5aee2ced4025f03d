import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE, type RollStyle } from '../../../shared/model';
import { composeRoll } from '../../../shared/roll/compose';
import { measureRoll, rollHeightAt } from '../../../shared/roll/layout';
import {
  crawlDuration,
  crawlTiming,
  fitRunningTime,
  formatDuration,
  FRAME_RATES,
  frameScale,
  LINE_HEIGHT_MAX,
  LINE_HEIGHT_MIN,
  speedSteps,
  titleSafeArea,
} from '../../../shared/roll/timing';
import { loadFixture, NIGHT_TRAIN } from './fixture-documents';

const doc = loadFixture(NIGHT_TRAIN);
const roll = composeRoll(doc);
const style = (over: Partial<RollStyle> = {}): RollStyle => ({ ...DEFAULT_STYLE, ...over });

describe('crawl timing', () => {
  it('counts whole frames from the first line entering to the last leaving', () => {
    // 1,000 px of roll + 1,080 px of frame at 4 px per frame: 520 frames; at 24 fps that is 21.67 s.
    expect(crawlDuration(1000, '1920x1080', '24', 4)).toEqual({ distancePx: 2080, frames: 520, seconds: 520 / 24 });
    // A remainder still needs a whole frame.
    expect(crawlDuration(1001, '1920x1080', '24', 4).frames).toBe(521);
  });

  it('uses the true NTSC rates', () => {
    expect(FRAME_RATES['23.976']).toBeCloseTo(24000 / 1001, 12);
    expect(FRAME_RATES['29.97']).toBeCloseTo(30000 / 1001, 12);
    expect(crawlDuration(1000, '1920x1080', '23.976', 4).seconds).toBeCloseTo((520 * 1001) / 24000, 9);
  });

  it('refuses a speed that is not a whole number of pixels per frame', () => {
    expect(() => crawlDuration(1000, '1920x1080', '24', 4.5)).toThrow(/whole number of pixels/);
  });

  it('doubles lengths and speed steps at 3840x2160', () => {
    expect(frameScale('3840x2160')).toBe(2);
    expect(speedSteps('1920x1080')).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(speedSteps('3840x2160')).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    const hd = crawlTiming(roll, style({ frame: '1920x1080', speedPxPerFrame: 4 }));
    const uhd = crawlTiming(roll, style({ frame: '3840x2160', speedPxPerFrame: 8 }));
    expect(uhd.rollHeightPx).toBeCloseTo(hd.rollHeightPx * 2, 6);
    expect(Math.abs(uhd.seconds - hd.seconds)).toBeLessThan(0.1);
  });

  it('gives the running time from the roll height and the style', () => {
    const s = style({ lineHeight: 1.3, speedPxPerFrame: 4, fps: '24' });
    const t = crawlTiming(roll, s);
    const height = rollHeightAt(measureRoll(roll, s), 1.3);
    expect(t.rollHeightPx).toBeCloseTo(height, 6);
    expect(t.frames).toBe(Math.ceil((Math.ceil(height) + 1080) / 4));
    expect(t.mainTitlesSeconds).toBe(roll.mainTitles.reduce((n, c) => n + c.holdSeconds, 0));
    // Taller lines make a longer crawl.
    expect(crawlTiming(roll, style({ lineHeight: 1.45 })).seconds).toBeGreaterThan(crawlTiming(roll, style({ lineHeight: 1.2 })).seconds);
  });

  it('marks the title-safe area as the middle 90% of the frame', () => {
    expect(titleSafeArea('1920x1080')).toEqual({ x: 96, y: 54, width: 1728, height: 972 });
    expect(titleSafeArea('3840x2160')).toEqual({ x: 192, y: 108, width: 3456, height: 1944 });
  });

  it('formats durations as a producer reads them', () => {
    expect(formatDuration(125.4)).toBe('2:05');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(0)).toBe('0:00');
  });
});

describe('fitting a target running time', () => {
  const s = style({ lineHeight: 1.3, speedPxPerFrame: 4, fps: '24' });
  const height = measureRoll(roll, s);
  const at = (lh: number, speed: number) => crawlDuration(rollHeightAt(height, lh), '1920x1080', '24', speed).seconds;

  it('keeps the current speed and solves the line height when it can', () => {
    const target = (at(1.22, 4) + at(1.43, 4)) / 2;
    const fit = fitRunningTime(roll, s, target);
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.speedPxPerFrame).toBe(4);
    expect(fit.lineHeight).toBeGreaterThanOrEqual(LINE_HEIGHT_MIN);
    expect(fit.lineHeight).toBeLessThanOrEqual(LINE_HEIGHT_MAX);
    expect(Math.abs(fit.seconds - target)).toBeLessThan(0.25);
    expect(fit.message).toMatch(/at 4 px per frame with line height 1\.\d\d/);
  });

  it('moves to another whole-pixel speed when the current one cannot reach the time', () => {
    const target = (at(1.25, 6) + at(1.4, 6)) / 2;
    const fit = fitRunningTime(roll, s, target);
    expect(fit.ok).toBe(true);
    if (fit.ok) {
      expect(Number.isInteger(fit.speedPxPerFrame)).toBe(true);
      expect(fit.speedPxPerFrame).not.toBe(4);
      expect(Math.abs(fit.seconds - target)).toBeLessThan(0.25);
    }
  });

  it('says plainly when the target is too short, and gives the nearest possible time', () => {
    const fastest = at(LINE_HEIGHT_MIN, 10);
    const fit = fitRunningTime(roll, s, fastest / 3);
    expect(fit.ok).toBe(false);
    if (fit.ok) return;
    expect(fit.nearest).toEqual({ speedPxPerFrame: 10, lineHeight: LINE_HEIGHT_MIN, seconds: fastest });
    expect(fit.message).toMatch(/^The credits cannot run .*: even at the fastest speed .* The nearest possible running time is \d+:\d\d/);
  });

  it('says plainly when the target is too long', () => {
    const slowest = at(LINE_HEIGHT_MAX, 2);
    const fit = fitRunningTime(roll, s, slowest * 2);
    expect(fit.ok).toBe(false);
    if (!fit.ok) {
      expect(fit.nearest).toMatchObject({ speedPxPerFrame: 2, lineHeight: LINE_HEIGHT_MAX });
      expect(fit.message).toMatch(/even at the slowest speed .* they take only/);
    }
  });

  it('explains a target that falls between two speed steps', () => {
    // Offer only 4 and 5 px per frame; a time between the slowest 5 and the fastest 4 cannot be met.
    const gapLow = at(LINE_HEIGHT_MAX, 5);
    const gapHigh = at(LINE_HEIGHT_MIN, 4);
    expect(gapLow).toBeLessThan(gapHigh);
    const fit = fitRunningTime(roll, s, (gapLow + gapHigh) / 2, { speeds: [4, 5] });
    expect(fit.ok).toBe(false);
    if (!fit.ok) expect(fit.message).toMatch(/no whole-pixel speed gives that time/);
  });
});
