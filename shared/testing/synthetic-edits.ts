// Deterministic edits of a synthetic production, so benchmarks and tests can compare two realistic versions:
// credits added and removed, names respelled, titles, billing, status and justifications changed, and (for
// "two files imported separately") every person, company and credit given a new id.
import { emptyContact } from '../model/create';
import type { Credit, Person, RollcallDocument } from '../model/types';
import { createRevision } from '../revisions/create';
import { seededRng, shuffled, syntheticName, syntheticProduction, type Rng } from './synthetic';

export interface EditOptions {
  seed?: number | string;
  /** Roughly how many credits to touch. */
  changes: number;
  at?: string;
}

/** Respells a name the way typos happen: a letter dropped, doubled or swapped. */
export function respell(name: string, rng: Rng): string {
  const chars = [...name];
  const letters = chars.map((c, i) => (/\p{L}/u.test(c) ? i : -1)).filter((i) => i > 0);
  if (letters.length === 0) return `${name}e`;
  const i = rng.pick(letters);
  const kind = rng.int(3);
  if (kind === 0 && letters.length > 3) chars.splice(i, 1);
  else if (kind === 1) chars.splice(i, 0, chars[i]);
  else if (i + 1 < chars.length && /\p{L}/u.test(chars[i + 1]) && chars[i] !== chars[i + 1]) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
  else chars.splice(i, 0, chars[i]);
  return chars.join('');
}

export function syntheticEdits(document: RollcallDocument, options: EditOptions): RollcallDocument {
  const rng = seededRng(options.seed ?? 'edits');
  const at = options.at ?? '2026-03-12T10:00:00.000Z';
  const credits = document.credits.map((c) => c);
  const people = new Map(document.people.map((p) => [p.id, p]));
  const newPeople: Person[] = [];
  const removed = new Set<number>();
  const order = shuffled(rng, credits.map((_, i) => i));
  const titles = document.titles.filter((t) => credits.some((c) => c.titleId === t.id) || rng.chance(0.2));
  let k = 0;
  const take = () => order[k++ % order.length];
  const n = Math.max(0, Math.floor(options.changes));
  for (let i = 0; i < n && credits.length > 0; i++) {
    const index = take();
    const credit = credits[index];
    const kind = i % 8;
    const touch = (change: Partial<Credit>) => (credits[index] = { ...credit, ...change, updatedAt: at });
    if (kind === 0) removed.add(index);
    else if (kind === 1) {
      const person: Person = { id: rng.uuid(), name: syntheticName(rng), sortName: '', legalName: '', pronouns: '', guilds: [], contact: emptyContact(), notes: '' };
      newPeople.push(person);
      const title = rng.pick(titles);
      credits.push({ ...credit, id: rng.uuid(), titleId: title.id, subject: { kind: 'person', personId: person.id }, character: '', creditedAs: '', contributions: [], createdAt: at, updatedAt: at });
    } else if (kind === 2 && credit.subject.kind === 'person') {
      const person = people.get(credit.subject.personId);
      if (person) people.set(person.id, { ...person, name: respell(person.name, rng) });
    } else if (kind === 3) touch({ status: credit.status === 'approved' ? 'proposed' : 'approved' });
    else if (kind === 4) touch({ billing: credit.billing + 1 + rng.int(3) });
    else if (kind === 5) touch({ titleId: rng.pick(titles).id });
    else if (kind === 6 && credit.contributions.length > 0) {
      touch({ contributions: credit.contributions.map((c, j) => (j === 0 ? { ...c, justification: `${c.justification} Confirmed by the studio.` } : c)) });
    } else touch({ creditedAs: credit.creditedAs ? '' : `${credit.subject.kind === 'person' ? (people.get(credit.subject.personId)?.name ?? 'Someone') : 'Company'} Jr.` });
  }
  return {
    ...document,
    people: [...people.values(), ...newPeople],
    credits: credits.filter((_, i) => !removed.has(i)),
    production: { ...document.production, updatedAt: at },
  };
}

/** The same production as if imported again from a spreadsheet: every person, company, credit and contribution has a new id. */
export function withFreshIds(document: RollcallDocument, seed: number | string = 'fresh'): RollcallDocument {
  const rng = seededRng(seed);
  const personIds = new Map(document.people.map((p) => [p.id, rng.uuid()]));
  const companyIds = new Map(document.companies.map((c) => [c.id, rng.uuid()]));
  return {
    ...document,
    production: { ...document.production, id: rng.uuid(), companyIds: document.production.companyIds.map((id) => companyIds.get(id) ?? id) },
    people: document.people.map((p) => ({ ...p, id: personIds.get(p.id)! })),
    companies: document.companies.map((c) => ({ ...c, id: companyIds.get(c.id)! })),
    credits: document.credits.map((c) => ({
      ...c,
      id: rng.uuid(),
      subject: c.subject.kind === 'person' ? { kind: 'person', personId: personIds.get(c.subject.personId)! } : { kind: 'company', companyId: companyIds.get(c.subject.companyId)! },
      contributions: c.contributions.map((x) => ({ ...x, id: rng.uuid() })),
    })),
    revisions: [],
  };
}

/** Two versions of one production for the comparison benchmark: `changes` edits apart, matched by id or (separately imported) by content. */
export function diffBenchmarkPair(options: { credits?: number; seed?: number; changes?: number; separateImports?: boolean } = {}): { before: RollcallDocument; after: RollcallDocument } {
  const before = syntheticProduction({ credits: options.credits ?? 20_000, seed: options.seed ?? 1 });
  const edited = syntheticEdits(before, { seed: `${options.seed ?? 1}-edits`, changes: options.changes ?? 500 });
  return { before, after: options.separateImports ? withFreshIds(edited, `${options.seed ?? 1}-fresh`) : edited };
}

/** A production with `revisions` saved revisions, `changesPerRevision` edits apart, for the open benchmark. */
export function syntheticProductionWithRevisions(options: { credits?: number; revisions?: number; seed?: number; changesPerRevision?: number } = {}): RollcallDocument {
  let document = syntheticProduction({ credits: options.credits ?? 20_000, seed: options.seed ?? 1 });
  const count = options.revisions ?? 30;
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.UTC(2026, 1, 1) + i * 86_400_000).toISOString();
    if (i > 0) document = syntheticEdits(document, { seed: `${options.seed ?? 1}-r${i}`, changes: options.changesPerRevision ?? 100, at });
    document = createRevision(document, { name: `v${i + 1}`, note: i === 0 ? 'First cut sent to legal.' : '', by: 'Production Office', at, id: `revision-${i + 1}` });
  }
  return document;
}
