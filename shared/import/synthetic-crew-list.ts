// A realistic crew list as CSV text, deterministic from a seed: for the import benchmark ("20,000 rows from CSV
// into a production within 1 s") and for tests that need volume. Names in many scripts, quoted fields with
// commas, contribution types and justifications on producing rows, cast with characters.
import { seedTitles } from '../model/library';
import { seededRng, syntheticName } from '../testing/synthetic';

function quote(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function syntheticCrewListCsv(rowCount: number, seed: number | string = 1): string {
  const rng = seededRng(seed);
  const titles = seedTitles();
  const lines = ['Name,Role,Department,Contribution types,Justification,Character,Email'];
  // People appear on several rows (one person, several credits), as real lists do.
  const people = Array.from({ length: Math.max(1, Math.ceil(rowCount * 0.8)) }, () => syntheticName(rng));
  for (let i = 0; i < rowCount; i++) {
    const name = people[rng.int(people.length)];
    const title = titles[rng.int(titles.length)];
    const producing = title.departmentId === 'dept:producers';
    const cast = title.departmentId === 'dept:cast';
    lines.push(
      [
        name,
        title.name,
        '',
        producing ? 'Creative; Financial' : '',
        producing ? 'Raised the gap financing, and gave notes on every cut' : '',
        cast ? `Passenger #${i}` : '',
        rng.chance(0.3) ? `crew${i}@example.com` : '',
      ]
        .map(quote)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
