// Numbers in messages ("20,000 rows"). One formatter for the module: toLocaleString builds a new one per call,
// which shows up when thousands of row messages are written.
const FORMAT = new Intl.NumberFormat('en-GB');

export function formatCount(n: number): string {
  return FORMAT.format(n);
}

/** "1 row", "2 rows". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${FORMAT.format(n)} ${n === 1 ? one : many}`;
}
