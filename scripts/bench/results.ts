// The benchmark's output: one result per case and size, as printed in the table and written by `--out FILE`.
// Kept free of Node and browser imports so the unit test can validate a written file with the same rules.

export interface BenchResult {
  case: string;
  /** Credits in the synthetic production (rows for import-csv). */
  n: number;
  /** Median of the measured runs, in milliseconds. */
  ms: number;
  /** Median of the floor's runs in the same process, interleaved with the case's runs; null when there is none. */
  floorMs: number | null;
  /** The budget at this size; null above the size the target is stated for. */
  targetMs: number | null;
}

const KEYS = ['case', 'n', 'ms', 'floorMs', 'targetMs'] as const;

const isMs = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** The problems of a parsed `--out` file, as sentences; empty when it is a well-formed array of results. */
export function resultProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['The benchmark output is not a JSON array.'];
  const problems: string[] = [];
  value.forEach((item, i) => {
    const at = `Result ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push(`${at} is not an object.`);
      return;
    }
    const record = item as Record<string, unknown>;
    const extra = Object.keys(record).filter((k) => !(KEYS as readonly string[]).includes(k));
    if (extra.length > 0) problems.push(`${at} has unexpected keys ${extra.join(', ')}.`);
    if (typeof record.case !== 'string' || !/^[a-z][a-z0-9-]*$/.test(record.case)) problems.push(`${at} has no case name.`);
    if (!Number.isInteger(record.n) || (record.n as number) <= 0) problems.push(`${at} has no positive whole size n.`);
    if (!isMs(record.ms)) problems.push(`${at} has no time ms.`);
    if (record.floorMs !== null && !isMs(record.floorMs)) problems.push(`${at} has a floorMs that is neither null nor a time.`);
    if (record.targetMs !== null && !isMs(record.targetMs)) problems.push(`${at} has a targetMs that is neither null nor a time.`);
  });
  return problems;
}

/** Rounds to 0.01 ms for the file: more digits would only be noise. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}
