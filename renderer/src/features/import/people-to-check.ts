// The names in a list that need a person's eye: new people who look like someone already known ("J. Smith",
// "Saldana Zoe"), names shared by several people, and those the user already decided about. Computed over every
// row (the preview only returns the first ones), one entry per person, so the panel can ask "Who is …?" once.
import type { AnalysedRow, PersonResolution, PossiblePerson } from '../../../../shared/import';

export interface PersonToCheck {
  /** `ImportPlan.people` key. */
  key: string;
  /** As written on the first row. */
  name: string;
  rowCount: number;
  firstRowNumber: number;
  possible: PossiblePerson[];
  /** What the user chose, if anything. */
  chosen: PersonResolution | null;
}

export function peopleToCheck(rows: readonly AnalysedRow[], chosen: Readonly<Record<string, PersonResolution>>, limit = 100): PersonToCheck[] {
  const byKey = new Map<string, PersonToCheck>();
  for (const row of rows) {
    const match = row.person;
    if (!match || match.key === '') continue;
    const known = byKey.get(match.key);
    if (known) {
      known.rowCount++;
      continue;
    }
    const decided = chosen[match.key] ?? null;
    if (!decided && match.possible.length === 0) continue;
    if (byKey.size >= limit) continue;
    byKey.set(match.key, { key: match.key, name: row.writtenName, rowCount: 1, firstRowNumber: row.rowNumber, possible: match.possible, chosen: decided });
  }
  return [...byKey.values()];
}
