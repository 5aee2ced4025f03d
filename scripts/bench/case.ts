// What a benchmark case is: a name, its target, a floor (the least any implementation could cost for the same
// work) and how to prepare it at a size. The runner measures, the case only knows how to do its work once.
import type { Fixtures } from './fixtures';
import type { Plan, Prepared } from './measure';

export interface CaseContext {
  fixtures: Fixtures;
  /** A temporary folder for files the case writes; removed when the run ends. */
  folder: string;
  smoke: boolean;
}

export interface BenchCase {
  name: string;
  /** Budget in ms, stated at `targetSize` credits; it applies at that size and below. */
  targetMs: number | null;
  targetSize: number;
  /** Which sizes the case runs at (default: all). */
  runsAt?: (n: number) => boolean;
  /** Warm-ups and runs when the default (1 and 5) would take too long, e.g. a cold browser start each run. */
  plan?: Plan;
  prepare(n: number, context: CaseContext): Promise<Prepared>;
}

/** The target that applies at size `n`: a budget met at 20,000 credits must also be met below. */
export function targetAt(c: BenchCase, n: number): number | null {
  return c.targetMs !== null && n <= c.targetSize ? c.targetMs : null;
}
