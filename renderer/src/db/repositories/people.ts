// Writes for people and companies. Each function is one `edit` step: one transaction, its audit entries and one
// undo. Names are cleaned the way shared/names cleans pasted text (control characters and direction overrides
// removed, right-to-left letters kept) and checked against the schema's limits with a sentence, never truncated.
// Removing or merging never leaves a credit pointing at nobody.
import { createCompany, createPerson } from '../../../../shared/model/create';
import { cleanName } from '../../../../shared/names';
import { nowIso } from '../../../../shared/model/ids';
import { CompanySchema, PersonSchema } from '../../../../shared/model/schema';
import type { Company, Contact, Credit, GuildMembership, Person } from '../../../../shared/model/types';
import type { CreditRow } from '../database';
import { loadedRow, loadedRows } from '../records';
import { edit, type EditWriter } from '../edits';
import { rememberPeople } from './directory';
import { cleanBlock, cleanLine, cleanRequiredName, creditWord, EditRefused, NAME_MAX, refuseIfLocked, shortName, validated } from './record-input';

export { EditRefused } from './record-input';

export interface PersonDraft {
  name: string;
  sortName: string;
  legalName: string;
  pronouns: string;
  guilds: GuildMembership[];
  contact: Contact;
  notes: string;
}

export type CompanyDraft = Pick<Company, 'name' | 'notes' | 'contact'>;

function cleanContact(contact: Contact): Contact {
  return {
    email: cleanLine(contact.email, 'An email address', 320),
    phone: cleanLine(contact.phone, 'A phone number', 100),
    address: cleanBlock(contact.address, 'An address', 2000),
    agent: cleanLine(contact.agent, 'An agent', 500),
  };
}

/** The draft as it will be stored: cleaned and validated, or an EditRefused with the reason. */
export function cleanPersonDraft(draft: PersonDraft): PersonDraft {
  return {
    name: cleanRequiredName(draft.name),
    sortName: cleanLine(draft.sortName, 'A sort name', NAME_MAX),
    legalName: cleanLine(draft.legalName, 'A legal name', NAME_MAX),
    pronouns: cleanLine(draft.pronouns, 'Pronouns', 100),
    guilds: draft.guilds.map((g) => ({ guild: g.guild, detail: cleanLine(g.detail, 'A guild detail', 200), pgaCertified: g.guild === 'PGA' && g.pgaCertified })),
    contact: cleanContact(draft.contact),
    notes: cleanBlock(draft.notes, 'Notes', 100_000),
  };
}

export function cleanCompanyDraft(draft: CompanyDraft): CompanyDraft {
  return { name: cleanRequiredName(draft.name, 'A company name'), contact: cleanContact(draft.contact), notes: cleanBlock(draft.notes, 'Notes', 100_000) };
}

async function creditsOf(docId: string, kind: 'person' | 'company', id: string): Promise<CreditRow[]> {
  return (await loadedRows<CreditRow>(docId, 'credits')).filter((c) => (kind === 'person' ? c.subject.kind === 'person' && c.subject.personId === id : c.subject.kind === 'company' && c.subject.companyId === id));
}

/** How many credits a person or company has, for the question asked before removing them. */
export async function creditCount(docId: string, kind: 'person' | 'company', id: string): Promise<{ total: number; locked: number }> {
  const credits = await creditsOf(docId, kind, id);
  return { total: credits.length, locked: credits.filter((c) => c.status === 'locked').length };
}

const pgaCertified = (p: Pick<Person, 'guilds'>) => p.guilds.some((g) => g.guild === 'PGA' && g.pgaCertified);

/**
 * What a person's edit would change in how their credits read or sort on the roll (the name, the sort name, the
 * p.g.a. mark): a locked credit has been signed off as it reads, so such a change waits until it is unlocked.
 * Contact, notes and the rest do not touch the roll and stay editable.
 */
function rollChange(existing: Person, clean: PersonDraft): string | null {
  // Compared as the roll reads them (cleaned), so saving a name stored before cleaning, unchanged, is no rename.
  if (cleanName(existing.name) !== clean.name) return 'renaming this person';
  if (cleanName(existing.sortName) !== clean.sortName) return 'changing this person’s sort name';
  if (pgaCertified(existing) !== pgaCertified(clean)) return 'changing this person’s p.g.a. certification';
  return null;
}

/** How many locked credits a person or company has, read in the edit (so a credit locked a moment ago counts). */
async function lockedCreditsOf(w: EditWriter, kind: 'person' | 'company', id: string): Promise<number> {
  return (await w.all<CreditRow>('credits')).filter(
    (c) => c.status === 'locked' && (kind === 'person' ? c.subject.kind === 'person' && c.subject.personId === id : c.subject.kind === 'company' && c.subject.companyId === id),
  ).length;
}

export async function addPerson(docId: string, draft: PersonDraft): Promise<Person> {
  const person = validated(PersonSchema, createPerson(cleanPersonDraft(draft)));
  await edit(docId, `Add person “${shortName(person.name)}”`, async (w) => {
    await w.put('people', person);
  });
  await rememberPeople([person]);
  return person;
}

export async function updatePerson(docId: string, id: string, draft: PersonDraft): Promise<Person> {
  const clean = cleanPersonDraft(draft);
  let saved: Person | undefined;
  await edit(docId, `Edit person “${shortName(clean.name)}”`, async (w) => {
    const existing = await w.get<Person>('people', id);
    if (!existing) throw new EditRefused('This person is no longer in the production.');
    const change = rollChange(existing, clean);
    if (change) refuseIfLocked(await lockedCreditsOf(w, 'person', id), existing.name, change);
    saved = validated(PersonSchema, { ...existing, ...clean });
    await w.put('people', saved);
  });
  await rememberPeople([saved!]);
  return saved!;
}

/**
 * Removes a person. With credits and without `withCredits`, refuses with a sentence; locked credits are never
 * removed this way (unlocking is a recorded step of its own).
 */
export async function removePerson(docId: string, id: string, options: { withCredits?: boolean } = {}): Promise<void> {
  await removeSubject(docId, 'person', id, options.withCredits ?? false);
}

export async function addCompany(docId: string, draft: CompanyDraft): Promise<Company> {
  const company = validated(CompanySchema, createCompany(cleanCompanyDraft(draft)));
  await edit(docId, `Add company “${shortName(company.name)}”`, async (w) => {
    await w.put('companies', company);
  });
  return company;
}

export async function updateCompany(docId: string, id: string, draft: CompanyDraft): Promise<Company> {
  const clean = cleanCompanyDraft(draft);
  let saved: Company | undefined;
  await edit(docId, `Edit company “${shortName(clean.name)}”`, async (w) => {
    const existing = await w.get<Company>('companies', id);
    if (!existing) throw new EditRefused('This company is no longer in the production.');
    if (cleanName(existing.name) !== clean.name) refuseIfLocked(await lockedCreditsOf(w, 'company', id), existing.name, 'renaming this company');
    saved = validated(CompanySchema, { ...existing, ...clean });
    await w.put('companies', saved);
  });
  return saved!;
}

export async function removeCompany(docId: string, id: string, options: { withCredits?: boolean } = {}): Promise<void> {
  await removeSubject(docId, 'company', id, options.withCredits ?? false);
}

async function removeSubject(docId: string, kind: 'person' | 'company', id: string, withCredits: boolean): Promise<void> {
  const table = kind === 'person' ? 'people' : 'companies';
  const existing = await loadedRow<Person | Company>(docId, table, id);
  if (!existing) throw new EditRefused(`This ${kind} is no longer in the production.`);
  const name = shortName(existing.name);
  await edit(docId, `Remove ${kind} “${name}”`, async (w) => {
    const credits = await creditsOf(docId, kind, id);
    refuseIfLocked(credits.filter((c) => c.status === 'locked').length, name, `removing this ${kind}`);
    if (credits.length > 0 && !withCredits) {
      throw new EditRefused(`“${name}” still has ${creditWord(credits.length)}: remove ${credits.length === 1 ? 'it' : 'them'} first, or remove the ${kind} together with ${credits.length === 1 ? 'it' : 'them'}.`);
    }
    for (const credit of credits) await w.delete('credits', credit.id);
    await w.delete(table, id);
    if (kind === 'company') await w.updateProduction((p) => (p.companyIds.includes(id) ? { ...p, companyIds: p.companyIds.filter((c) => c !== id) } : p));
    if (credits.length) w.note(`with ${creditWord(credits.length)}`);
  });
}

/** Fills the kept person's empty fields from the duplicates, so merging never loses what was typed. */
function mergedPerson(keep: Person, others: Person[]): Person {
  const pick = (field: 'sortName' | 'legalName' | 'pronouns') => keep[field] || others.find((o) => o[field])?.[field] || '';
  const guilds = [...keep.guilds];
  for (const g of others.flatMap((o) => o.guilds)) {
    const same = guilds.findIndex((x) => x.guild === g.guild);
    if (same === -1) guilds.push(g);
    else if (g.pgaCertified || (!guilds[same].detail && g.detail)) guilds[same] = { ...guilds[same], detail: guilds[same].detail || g.detail, pgaCertified: guilds[same].pgaCertified || g.pgaCertified };
  }
  const contact = { ...keep.contact };
  for (const field of ['email', 'phone', 'address', 'agent'] as const) contact[field] = contact[field] || others.find((o) => o.contact[field])?.contact[field] || '';
  const notes = [keep.notes, ...others.map((o) => o.notes)].filter((n) => n.trim()).join('\n\n');
  return { ...keep, sortName: pick('sortName'), legalName: pick('legalName'), pronouns: pick('pronouns'), guilds, contact, notes: notes.slice(0, 100_000) };
}

/**
 * Merges duplicates into the person kept: their credits are re-pointed to the kept person, empty fields are filled
 * from the duplicates, and the duplicates are removed, as one undo step. Refused when a credit to re-point is
 * locked.
 */
export async function mergePeople(docId: string, keepId: string, mergeIds: readonly string[]): Promise<{ credits: number }> {
  const others = mergeIds.filter((id) => id !== keepId);
  if (others.length === 0) throw new EditRefused('Choose at least one other person to merge.');
  let moved = 0;
  const keep = await loadedRow<Person>(docId, 'people', keepId);
  if (!keep) throw new EditRefused('The person to keep is no longer in the production.');
  let result: Person | undefined;
  await edit(docId, `Merge ${others.length + 1} people into “${shortName(keep.name)}”`, async (w) => {
    const kept = await w.get<Person>('people', keepId);
    if (!kept) throw new EditRefused('The person to keep is no longer in the production.');
    const removed: Person[] = [];
    for (const id of others) {
      const person = await w.get<Person>('people', id);
      if (!person) continue;
      const credits = await creditsOf(docId, 'person', id);
      const locked = credits.filter((c) => c.status === 'locked').length;
      if (locked > 0) throw new EditRefused(`“${shortName(person.name)}” has ${creditWord(locked)} locked: unlock ${locked === 1 ? 'it' : 'them'} before merging.`);
      const at = nowIso();
      for (const credit of credits) {
        const repointed: Credit = { ...credit, subject: { kind: 'person', personId: keepId }, updatedAt: at };
        await w.put('credits', repointed);
      }
      moved += credits.length;
      removed.push(person);
      await w.delete('people', id);
    }
    result = mergedPerson(kept, removed);
    await w.put('people', result);
    w.note(`${removed.map((p) => `“${shortName(p.name)}”`).join(', ')} merged; ${creditWord(moved)} moved`);
  });
  if (result) await rememberPeople([result]);
  return { credits: moved };
}

/** Merges duplicate companies, as mergePeople does for people. */
export async function mergeCompanies(docId: string, keepId: string, mergeIds: readonly string[]): Promise<{ credits: number }> {
  const others = mergeIds.filter((id) => id !== keepId);
  if (others.length === 0) throw new EditRefused('Choose at least one other company to merge.');
  const keep = await loadedRow<Company>(docId, 'companies', keepId);
  if (!keep) throw new EditRefused('The company to keep is no longer in the production.');
  let moved = 0;
  await edit(docId, `Merge ${others.length + 1} companies into “${shortName(keep.name)}”`, async (w) => {
    // The kept company as it is now, after any edit still running (a rename just made is not written back).
    const kept = await w.get<Company>('companies', keepId);
    if (!kept) throw new EditRefused('The company to keep is no longer in the production.');
    const notes = [kept.notes];
    for (const id of others) {
      const company = await w.get<Company>('companies', id);
      if (!company) continue;
      const credits = await creditsOf(docId, 'company', id);
      if (credits.some((c) => c.status === 'locked')) throw new EditRefused(`“${shortName(company.name)}” has locked credits: unlock them before merging.`);
      for (const credit of credits) {
        const repointed: Credit = { ...credit, subject: { kind: 'company', companyId: keepId }, updatedAt: nowIso() };
        await w.put('credits', repointed);
      }
      moved += credits.length;
      notes.push(company.notes);
      await w.delete('companies', id);
    }
    const merged: Company = { ...kept, notes: notes.filter((n) => n.trim()).join('\n\n').slice(0, 100_000) };
    await w.put('companies', merged);
    await w.updateProduction((p) => {
      if (!p.companyIds.some((c) => others.includes(c))) return p;
      const ids = p.companyIds.map((c) => (others.includes(c) ? keepId : c));
      return { ...p, companyIds: ids.filter((c, i) => ids.indexOf(c) === i) };
    });
  });
  return { credits: moved };
}
