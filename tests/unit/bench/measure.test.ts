// How many times the benchmark runs a case: the warm-ups, then at least `runs`, then more until the measured runs
// and their floors have taken `minMs` of wall time or there are `maxRuns`. The prepared cases here take fixed times
// on a clock of the test's own, so the count depends on the plan alone, not on how fast this machine is.
import { describe, expect, it } from 'vitest';
import { measure, type Prepared } from '../../../scripts/bench/measure';

/**
 * A case whose runs take and report `ms` each (the first ten times as long) and its floor `floorMs`, on the clock
 * `now`, counting its calls. With `reports`, a run reports that instead of its time (as a search run reports its
 * median keystroke).
 */
function fixed(ms: number, floorMs?: number, reports?: number) {
  const calls = { run: 0, floor: 0 };
  let clock = 0;
  const prepared: Prepared = {
    run: async () => {
      calls.run++;
      const took = calls.run === 1 ? ms * 10 : ms;
      clock += took;
      return reports ?? took;
    },
    floor: floorMs === undefined ? undefined : async () => (calls.floor++, (clock += floorMs), floorMs),
  };
  return { prepared, calls, now: () => clock };
}

describe('benchmark run counts', () => {
  it('runs a fixed plan exactly: warm-ups, then the measured runs, the first run reported as cold', async () => {
    const { prepared, calls } = fixed(50, 10);
    const measured = await measure(prepared, { warmups: 1, runs: 5 });
    expect(calls).toEqual({ run: 6, floor: 6 });
    expect(measured.samples).toEqual([50, 50, 50, 50, 50]);
    expect(measured.floorSamples).toHaveLength(5);
    expect(measured.firstMs).toBe(500);
    expect(measured.ms).toBe(50);
    expect(measured.floorMs).toBe(10);
  });

  it('keeps running a short case until the runs and floors add up to the minimum time', async () => {
    // 40 + 10 ms a run: 2,000 ms need 40 runs, more than the cap of 30.
    const capped = fixed(40, 10);
    expect((await measure(capped.prepared, { warmups: 1, runs: 5, minMs: 2000, maxRuns: 30 }, capped.now)).samples).toHaveLength(30);
    // 90 + 10 ms a run: 1,000 ms after 10 runs.
    const timed = fixed(90, 10);
    const measured = await measure(timed.prepared, { warmups: 1, runs: 5, minMs: 1000, maxRuns: 30 }, timed.now);
    expect(measured.samples).toHaveLength(10);
    expect(timed.calls).toEqual({ run: 11, floor: 11 });
  });

  it('counts the time a run takes, not the time it reports', async () => {
    // Each run takes 400 ms but reports 2 ms (a median keystroke): 2,000 ms after 5 runs, not after the cap.
    const typing = fixed(400, undefined, 2);
    const measured = await measure(typing.prepared, { warmups: 1, runs: 5, minMs: 2000, maxRuns: 40 }, typing.now);
    expect(measured.samples).toEqual([2, 2, 2, 2, 2]);
  });

  it('never runs a long case fewer times than asked, and the warm-up does not count towards the minimum time', async () => {
    const long = fixed(500);
    expect((await measure(long.prepared, { warmups: 1, runs: 5, minMs: 2000, maxRuns: 40 }, long.now)).samples).toHaveLength(5);
    // The warm-up reports 5,000 ms, which alone would pass the minimum: the measured runs must make it up themselves.
    const warmed = fixed(500);
    expect((await measure(warmed.prepared, { warmups: 1, runs: 1, minMs: 2000, maxRuns: 40 }, warmed.now)).samples).toEqual([500, 500, 500, 500]);
    const noWarmup = fixed(400);
    const measured = await measure(noWarmup.prepared, { warmups: 0, runs: 3, minMs: 2000, maxRuns: 40 }, noWarmup.now);
    // Without a warm-up the first (cold) run is measured: 4,000 + 400 + 400 ms.
    expect(measured.samples).toEqual([4000, 400, 400]);
    expect(measured.floorMs).toBeNull();
  });
});
