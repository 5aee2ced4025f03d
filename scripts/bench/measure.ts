// Running a prepared case: warm-ups first (the first one is reported as the cold time), then the case and its floor
// alternately, so that a noisy neighbour on this shared machine slows both rather than one. Medians, never means.
// A short case is run until it has been measured for a while, not just a fixed number of times: five runs of a
// 40 ms case fall inside the JIT's first optimisations and the first collections of a fresh heap, and their
// median moved by half from one benchmark run to the next.

/** One prepared case at one size: each function performs the work once and returns its own elapsed milliseconds. */
export interface Prepared {
  run(): Promise<number>;
  floor?: () => Promise<number>;
  dispose?: () => Promise<void>;
}

export interface Plan {
  warmups: number;
  /** Measured runs at least. */
  runs: number;
  /**
   * Then more runs until the measured runs and their floors have taken this many milliseconds of wall time (not
   * their reported times: a search run reports its median keystroke but types a hundred)...
   */
  minMs?: number;
  /** ...or until there are this many. */
  maxRuns?: number;
}

export interface Measured {
  ms: number;
  floorMs: number | null;
  /** The very first run: cold code, cold caches. */
  firstMs: number;
  samples: number[];
  floorSamples: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Times one call on this process's clock. */
export async function time(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** After a forced collection, the time V8's helper threads get to finish sweeping before the next run starts. */
const SETTLE_MS = 25;

/**
 * Collect garbage left by the previous run (node runs with --expose-gc) so that it is not charged to the next, and
 * let the sweeping that follows finish: a run started at once allocated into pages still being swept, and the
 * same floor measured 12 ms or 31 ms by that chance alone.
 */
async function collect(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

/** `now` is the wall clock the minimum time is counted on (a test passes its own). */
export async function measure(prepared: Prepared, plan: Plan, now: () => number = () => performance.now()): Promise<Measured> {
  const samples: number[] = [];
  const floorSamples: number[] = [];
  let firstMs = NaN;
  let measuredMs = 0;
  const enough = () =>
    samples.length >= plan.runs && (measuredMs >= (plan.minMs ?? 0) || samples.length >= Math.max(plan.runs, plan.maxRuns ?? plan.runs));
  for (let i = 0; i < plan.warmups || !enough(); i++) {
    const measuring = i >= plan.warmups;
    await collect();
    let started = now();
    const ms = await prepared.run();
    if (i === 0) firstMs = ms;
    if (measuring) {
      samples.push(ms);
      measuredMs += now() - started;
    }
    if (prepared.floor) {
      await collect();
      started = now();
      const floorMs = await prepared.floor();
      if (measuring) {
        floorSamples.push(floorMs);
        measuredMs += now() - started;
      }
    }
  }
  return { ms: median(samples), floorMs: prepared.floor ? median(floorSamples) : null, firstMs, samples, floorSamples };
}
