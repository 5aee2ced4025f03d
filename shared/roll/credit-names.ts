// How one credit's name reads on the roll: the credited-as name or the person's (company's) name, in NFC with
// spaces collapsed, and the p.g.a. mark where the guild allows it. Teams become one line joined with "&".
import { cleanName } from '../names/clean-text';
import type { Credit, CreditTitle, Person, ProductionKind } from '../model';
import type { RollEntry, RollName } from './types';

export const PGA_MARK = 'p.g.a.';

/**
 * The p.g.a. mark follows a name only when all four hold: the title may carry it ("Produced by", "Producer"), the
 * person holds a Producers Guild membership certified for this picture, the credit asks for it, and the production
 * is not television (the guild's mark is not used on television credits).
 */
export function pgaMarkApplies(credit: Credit, title: CreditTitle, person: Person | undefined, kind: ProductionKind): boolean {
  if (!credit.pgaMark || !title.pgaEligible || kind === 'series' || !person) return false;
  return person.guilds.some((g) => g.guild === 'PGA' && g.pgaCertified);
}

/** `cleanBaseName`: the person's or company's name already cleaned (callers clean each name once, not per credit). */
export function rollName(credit: Credit, cleanBaseName: string, pga: boolean): RollName {
  const name = credit.creditedAs.trim() ? cleanName(credit.creditedAs) : cleanBaseName;
  return { text: pga ? `${name}, ${PGA_MARK}` : name, name, pga, creditId: credit.id, subject: credit.subject };
}

/** `rollName(…).text` without the object, for callers that only print the line (the CSV's 20,000 rows). */
export function rollNameText(credit: Credit, cleanBaseName: string, pga: boolean): string {
  const name = credit.creditedAs.trim() ? cleanName(credit.creditedAs) : cleanBaseName;
  return pga ? `${name}, ${PGA_MARK}` : name;
}

/** A title's label for this many people: its plural (or the name plus "s") when more than one. */
export function titleLabel(title: CreditTitle, people: number): string {
  const name = cleanName(title.name);
  if (people <= 1) return name;
  const plural = cleanName(title.plural);
  return plural || `${name}s`;
}

/**
 * Groups names (already in billing order) into lines: names sharing a team id join one line with " & "; everyone
 * else gets a line of their own. The same name credited twice under one title (two episode credits, a duplicate
 * record) appears once.
 */
export function groupEntries(items: readonly { name: RollName; teamId: string }[]): RollEntry[] {
  const entries: RollEntry[] = [];
  const byTeam = new Map<string, RollEntry>();
  const seen = new Set<string>();
  for (const { name, teamId } of items) {
    const subjectId = name.subject.kind === 'person' ? name.subject.personId : name.subject.companyId;
    const key = `${subjectId}\u0000${name.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const team = teamId.trim();
    const existing = team ? byTeam.get(team) : undefined;
    if (existing) {
      existing.names.push(name);
      existing.text = `${existing.text} & ${name.text}`;
      continue;
    }
    const entry: RollEntry = { text: name.text, names: [name] };
    entries.push(entry);
    if (team) byTeam.set(team, entry);
  }
  return entries;
}

export function countNames(entries: readonly RollEntry[]): number {
  let n = 0;
  for (const e of entries) n += e.names.length;
  return n;
}
