// Running a prepared case: warm-ups first (the first one is reported as the cold time), then the case and its floor
// alternately, so that a noisy neighbour on this shared machine slows both rather than one. Medians, never means.

/** One prepared case at one size: each function performs the work once and returns its own elapsed milliseconds. */
export interface Prepared {
  run(): Promise<number>;
  floor?: () => Promise<number>;
  dispose?: () => Promise<void>;
}

export interface Plan {
  warmups: number;
  runs: number;
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

/** Collect garbage left by the previous run (node runs with --expose-gc) so that it is not charged to the next. */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function measure(prepared: Prepared, plan: Plan): Promise<Measured> {
  const samples: number[] = [];
  const floorSamples: number[] = [];
  let firstMs = NaN;
  for (let i = 0; i < plan.warmups + plan.runs; i++) {
    collect();
    const ms = await prepared.run();
    if (i === 0) firstMs = ms;
    if (i >= plan.warmups) samples.push(ms);
    if (prepared.floor) {
      collect();
      const floorMs = await prepared.floor();
      if (i >= plan.warmups) floorSamples.push(floorMs);
    }
  }
  return { ms: median(samples), floorMs: prepared.floor ? median(floorSamples) : null, firstMs, samples, floorSamples };
}
