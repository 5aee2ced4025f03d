// Every write to credits: each function is one edit() step (one transaction, audit entries, one undo step).
// Locked credits refuse changes with a sentence; approving asks the policy first and refuses with its reasons;
// text is cleaned before it is stored. Reads are in ../hooks.ts.
import { createContribution, createCredit as newCredit, createPerson } from '../../../../shared/model/create';
import { newId, nowIso } from '../../../../shared/model/ids';
import type { Company, Contribution, ContributionType, Credit, CreditSubject, CreditTitle, Person, Placement } from '../../../../shared/model/types';
import { sortNameOf } from '../../../../shared/names/sort-name';
import { applyStatusAction, approvalProblems, editRefusal, reviewAfterChange, type StatusAction } from '../../../../shared/policy';
import { nameCollator } from '../../../../shared/roll/order';
import { db } from '../database';
import { loadedRow } from '../records';
import { edit, getCurrentUser, type EditWriter } from '../edits';
import { cleanLine, cleanRequiredName, cleanText, CreditInputError } from './credit-input';
import { rememberPeople } from './directory';

export { CreditInputError } from './credit-input';

/** A change the rules refuse (locked credit, approval policy, missing record); the message is the sentence to show. */
export class CreditRefusedError extends Error {}

/** Who a new or changed credit is for: an existing person or company, or a person created in the same step. */
export type SubjectChoice = CreditSubject | { kind: 'new-person'; name: string };

export interface CreditFields {
  titleId: string;
  placement: Placement;
  billing: number;
  creditedAs: string;
  character: string;
  uncredited: boolean;
  teamId: string;
  pgaMark: boolean;
  episodes: Credit['episodes'];
  contractNotes: string;
}

export interface ContributionFields {
  typeId: string;
  justification: string;
  evidence: string;
}

async function readCredit(w: EditWriter, id: string): Promise<Credit> {
  const credit = await w.get<Credit>('credits', id);
  if (!credit) throw new CreditRefusedError('This credit no longer exists; it may have been removed or undone.');
  return credit;
}

function refuseIfLocked(credit: Credit): void {
  const refusal = editRefusal(credit);
  if (refusal) throw new CreditRefusedError(refusal);
}

/** Resolves who a credit is for; a person created inline is added to `created` for the app-wide directory. */
async function resolveSubject(w: EditWriter, choice: SubjectChoice, created: Person[] = []): Promise<CreditSubject> {
  if (choice.kind === 'new-person') {
    const person = createPerson({ name: cleanRequiredName(choice.name) });
    await w.put('people', person);
    w.note(`Added ${person.name} to the production`);
    created.push(person);
    return { kind: 'person', personId: person.id };
  }
  if (choice.kind === 'person' && !(await w.get<Person>('people', choice.personId))) throw new CreditRefusedError('That person is no longer in the production.');
  if (choice.kind === 'company' && !(await w.get<Company>('companies', choice.companyId))) throw new CreditRefusedError('That company is no longer in the production.');
  return choice;
}

async function requireTitle(w: EditWriter, titleId: string): Promise<CreditTitle> {
  const title = await w.get<CreditTitle>('titles', titleId);
  if (!title) throw new CreditRefusedError('That credit title no longer exists: choose another one.');
  return title;
}

async function validEpisodes(docId: string, episodes: Credit['episodes']): Promise<Credit['episodes']> {
  if (episodes === 'all') return 'all';
  const session = await db.sessions.get(docId);
  const known = new Set(session?.production.episodes.map((e) => e.id) ?? []);
  const chosen = [...new Set(episodes)].filter((id) => known.has(id));
  if (chosen.length === 0) throw new CreditInputError('Choose at least one episode, or all episodes.');
  return chosen;
}

/** Cleans the user-editable fields given; untouched fields stay as they are. */
async function cleanFields(docId: string, fields: Partial<CreditFields>): Promise<Partial<CreditFields>> {
  const out: Partial<CreditFields> = { ...fields };
  if (fields.creditedAs !== undefined) out.creditedAs = cleanLine(fields.creditedAs, 'credited-as name');
  if (fields.character !== undefined) out.character = cleanLine(fields.character, 'character name');
  if (fields.teamId !== undefined) out.teamId = cleanLine(fields.teamId, 'team', 100);
  if (fields.contractNotes !== undefined) out.contractNotes = cleanText(fields.contractNotes, 'contractual notes', 100_000);
  if (fields.billing !== undefined && !Number.isFinite(fields.billing)) throw new CreditInputError('The billing position must be a number.');
  if (fields.episodes !== undefined) out.episodes = await validEpisodes(docId, fields.episodes);
  return out;
}

async function problemsOf(docId: string, w: EditWriter, credit: Credit): Promise<string[]> {
  const session = await db.sessions.get(docId);
  if (!session) return [];
  const title = await w.get<CreditTitle>('titles', credit.titleId);
  const person = credit.subject.kind === 'person' ? await w.get<Person>('people', credit.subject.personId) : undefined;
  const company = credit.subject.kind === 'company' ? await w.get<Company>('companies', credit.subject.companyId) : undefined;
  const contributionTypes = await w.all<ContributionType>('contributionTypes');
  return approvalProblems(credit, {
    titles: title ? [title] : [],
    contributionTypes,
    production: session.production,
    people: person ? [person] : [],
    companies: company ? [company] : [],
  });
}

/** Writes a changed credit; an approved credit whose substance changed goes back to proposed, with a note. */
async function writeChanged(docId: string, w: EditWriter, before: Credit, after: Credit): Promise<void> {
  // The policy is asked again only when what it looks at changed: reordering billing never withdraws an approval.
  const policyInputsChanged =
    before.titleId !== after.titleId || JSON.stringify(before.subject) !== JSON.stringify(after.subject) || JSON.stringify(before.contributions) !== JSON.stringify(after.contributions);
  const problems = before.status === 'approved' && policyInputsChanged ? await problemsOf(docId, w, after) : [];
  const reviewed = reviewAfterChange(before, { ...after, updatedAt: nowIso() }, problems);
  if (reviewed.note) w.note(reviewed.note);
  await w.put('credits', reviewed.credit);
}

async function nextBilling(w: EditWriter, titleId: string, placement: Placement): Promise<number> {
  const credits = await w.all<Credit>('credits');
  return credits.filter((c) => c.titleId === titleId && c.placement === placement).reduce((max, c) => Math.max(max, c.billing), 0) + 1;
}

/** Adds one credit; returns its id. */
export async function addCredit(docId: string, subject: SubjectChoice, fields: Partial<CreditFields> & { titleId: string }): Promise<string> {
  const clean = await cleanFields(docId, fields);
  let id = '';
  const created: Person[] = [];
  await edit(docId, 'Add credit', async (w) => {
    await requireTitle(w, fields.titleId);
    const resolved = await resolveSubject(w, subject, created);
    const placement = clean.placement ?? 'end';
    const credit = newCredit({ ...clean, titleId: fields.titleId, subject: resolved, placement, billing: clean.billing ?? (await nextBilling(w, fields.titleId, placement)) });
    id = credit.id;
    await w.put('credits', credit);
  });
  await rememberPeople(created);
  return id;
}

/** "Give this title to several people": one credit per person (skipping those who already hold it), one undo step. */
export async function giveTitleToMany(docId: string, titleId: string, personIds: readonly string[], placement: Placement): Promise<{ added: string[]; skipped: number }> {
  const added: string[] = [];
  let skipped = 0;
  if (personIds.length === 0) throw new CreditInputError('Choose at least one person.');
  const title = await loadedRow<CreditTitle>(docId, 'titles', titleId);
  await edit(docId, `Give ${title?.name ?? 'a title'} to ${personIds.length} ${personIds.length === 1 ? 'person' : 'people'}`, async (w) => {
    await requireTitle(w, titleId);
    const existing = (await w.all<Credit>('credits')).filter((c) => c.titleId === titleId);
    const holders = new Set(existing.filter((c) => c.subject.kind === 'person' && c.placement === placement).map((c) => (c.subject as { personId: string }).personId));
    let billing = existing.filter((c) => c.placement === placement).reduce((max, c) => Math.max(max, c.billing), 0);
    for (const personId of new Set(personIds)) {
      if (holders.has(personId)) {
        skipped++;
        continue;
      }
      const subject = await resolveSubject(w, { kind: 'person', personId });
      const credit = newCredit({ titleId, subject, placement, billing: ++billing });
      added.push(credit.id);
      await w.put('credits', credit);
    }
  });
  return { added, skipped };
}

/** Changes fields and/or the subject of one credit in one step. */
export async function updateCredit(docId: string, id: string, fields: Partial<CreditFields>, subject?: SubjectChoice): Promise<void> {
  const clean = await cleanFields(docId, fields);
  const created: Person[] = [];
  await edit(docId, 'Change credit', async (w) => {
    const before = await readCredit(w, id);
    refuseIfLocked(before);
    if (clean.titleId !== undefined && clean.titleId !== before.titleId) await requireTitle(w, clean.titleId);
    const after: Credit = { ...before, ...clean };
    if (subject) after.subject = await resolveSubject(w, subject, created);
    await writeChanged(docId, w, before, after);
  });
  await rememberPeople(created);
}

/**
 * Each status change's undo label and history summary, worded like the other entries ("Add credit", "Change
 * credit"): a button label plus "credit" read "Withdraw Approval credit".
 */
const STATUS_EDIT_LABELS: Record<StatusAction, string> = {
  propose: 'Propose credit',
  approve: 'Approve credit',
  lock: 'Lock credit',
  unlock: 'Unlock credit',
  'withdraw-approval': 'Withdraw approval of credit',
  'return-to-draft': 'Return credit to draft',
};

/** Propose, approve, lock, unlock, withdraw approval, return to draft. Refusals carry the reason. */
export async function changeStatus(docId: string, id: string, action: StatusAction): Promise<void> {
  const label = STATUS_EDIT_LABELS[action];
  await edit(docId, label, async (w) => {
    const credit = await readCredit(w, id);
    const problems = action === 'approve' ? await problemsOf(docId, w, credit) : [];
    const outcome = applyStatusAction(credit, action, { by: getCurrentUser(), at: nowIso(), problems });
    if (!outcome.ok) throw new CreditRefusedError(outcome.reason);
    w.note(outcome.note);
    await w.put('credits', outcome.credit);
  });
}

/** A copy of a credit as a new draft (approval not copied), placed right after the original in billing. */
export async function duplicateCredit(docId: string, id: string): Promise<string> {
  let copyId = '';
  await edit(docId, 'Duplicate credit', async (w) => {
    const original = await readCredit(w, id);
    const at = nowIso();
    const copy: Credit = {
      ...original,
      id: newId(),
      status: 'draft',
      approvedBy: '',
      approvedAt: null,
      contributions: original.contributions.map((c) => ({ ...c, id: newId() })),
      billing: await nextBilling(w, original.titleId, original.placement),
      createdAt: at,
      updatedAt: at,
    };
    copyId = copy.id;
    w.note('Duplicated from another credit');
    await w.put('credits', copy);
  });
  return copyId;
}

/** Removes credits in one step (undo brings them all back). Refuses the whole removal when any is locked. */
export async function removeCredits(docId: string, ids: readonly string[]): Promise<void> {
  await edit(docId, ids.length === 1 ? 'Remove credit' : `Remove ${ids.length} credits`, async (w) => {
    const credits = await Promise.all(ids.map((id) => readCredit(w, id)));
    const locked = credits.filter((c) => c.status === 'locked').length;
    if (locked > 0) {
      throw new CreditRefusedError(
        ids.length === 1 ? 'This credit is locked: unlock it before removing it.' : `${locked} of these credits are locked: unlock them before removing them.`,
      );
    }
    for (const credit of credits) await w.delete('credits', credit.id);
  });
}

function cleanContribution(fields: Partial<ContributionFields>): Partial<ContributionFields> {
  const out: Partial<ContributionFields> = { ...fields };
  if (fields.justification !== undefined) out.justification = cleanText(fields.justification, 'justification', 100_000);
  if (fields.evidence !== undefined) out.evidence = cleanText(fields.evidence, 'evidence reference', 5000);
  return out;
}

async function requireType(w: EditWriter, typeId: string): Promise<void> {
  if (!(await w.get<ContributionType>('contributionTypes', typeId))) throw new CreditRefusedError('That contribution type no longer exists: choose another one.');
}

/** Why a contribution with neither a justification nor evidence is refused: clearance asks why the credit was earned. */
export const CONTRIBUTION_NEEDS_REASON = 'Write a justification or an evidence reference: a contribution records why this credit was earned.';

/** True when a contribution says neither why the credit was earned nor where that is shown. */
export const contributionIsEmpty = (fields: Pick<ContributionFields, 'justification' | 'evidence'>): boolean => !fields.justification.trim() && !fields.evidence.trim();

/** Records a contribution with who recorded it and when. */
export async function addContribution(docId: string, creditId: string, fields: ContributionFields): Promise<string> {
  const clean = cleanContribution(fields) as ContributionFields;
  if (contributionIsEmpty(clean)) throw new CreditRefusedError(CONTRIBUTION_NEEDS_REASON);
  let id = '';
  await edit(docId, 'Add contribution', async (w) => {
    const before = await readCredit(w, creditId);
    refuseIfLocked(before);
    await requireType(w, clean.typeId);
    const contribution = createContribution({ ...clean, recordedBy: getCurrentUser(), recordedAt: nowIso() });
    id = contribution.id;
    await writeChanged(docId, w, before, { ...before, contributions: [...before.contributions, contribution] });
  });
  return id;
}

/** Edits a contribution; who recorded it and when are updated to the person making this change. */
export async function updateContribution(docId: string, creditId: string, contributionId: string, fields: Partial<ContributionFields>): Promise<void> {
  const clean = cleanContribution(fields);
  await edit(docId, 'Change contribution', async (w) => {
    const before = await readCredit(w, creditId);
    refuseIfLocked(before);
    if (clean.typeId !== undefined) await requireType(w, clean.typeId);
    if (!before.contributions.some((c) => c.id === contributionId)) throw new CreditRefusedError('This contribution no longer exists.');
    const contributions = before.contributions.map(
      (c): Contribution => (c.id === contributionId ? { ...c, ...clean, recordedBy: getCurrentUser(), recordedAt: nowIso() } : c),
    );
    await writeChanged(docId, w, before, { ...before, contributions });
  });
}

export async function removeContribution(docId: string, creditId: string, contributionId: string): Promise<void> {
  await edit(docId, 'Remove contribution', async (w) => {
    const before = await readCredit(w, creditId);
    refuseIfLocked(before);
    await writeChanged(docId, w, before, { ...before, contributions: before.contributions.filter((c) => c.id !== contributionId) });
  });
}

/** The credits sharing a title and placement, in billing order (billing, then sort name, then id). */
async function billingGroup(w: EditWriter, credit: Credit): Promise<Credit[]> {
  const group = (await w.all<Credit>('credits')).filter((c) => c.titleId === credit.titleId && c.placement === credit.placement);
  const names = new Map<string, string>();
  for (const c of group) {
    if (c.subject.kind === 'person') {
      const person = await w.get<Person>('people', c.subject.personId);
      if (person) names.set(person.id, sortNameOf(person));
    } else {
      const company = await w.get<Company>('companies', c.subject.companyId);
      if (company) names.set(company.id, company.name);
    }
  }
  const nameOf = (c: Credit) => names.get(c.subject.kind === 'person' ? c.subject.personId : c.subject.companyId) ?? '';
  return group
    .sort((a, b) => a.billing - b.billing || nameCollator.compare(nameOf(a), nameOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Renumbers a group 1..n in the given order, writing only the credits whose billing changes. */
async function writeBillingOrder(docId: string, w: EditWriter, ordered: Credit[]): Promise<void> {
  const changed = ordered.map((c, i) => ({ credit: c, billing: i + 1 })).filter((x) => x.credit.billing !== x.billing);
  if (changed.some((x) => x.credit.status === 'locked')) throw new CreditRefusedError('A locked credit would change its billing: unlock it before reordering.');
  for (const x of changed) await writeChanged(docId, w, x.credit, { ...x.credit, billing: x.billing });
}

/** Moves a credit one place up (-1) or down (+1) in its title's billing. */
export async function moveCredit(docId: string, creditId: string, delta: -1 | 1): Promise<void> {
  await edit(docId, delta < 0 ? 'Move credit up' : 'Move credit down', async (w) => {
    const credit = await readCredit(w, creditId);
    const group = await billingGroup(w, credit);
    const from = group.findIndex((c) => c.id === creditId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= group.length) return;
    [group[from], group[to]] = [group[to], group[from]];
    await writeBillingOrder(docId, w, group);
  });
}

/** Drag and drop: moves a credit to the place of another credit of the same title and placement. */
export async function moveCreditTo(docId: string, creditId: string, targetId: string): Promise<void> {
  if (creditId === targetId) return;
  await edit(docId, 'Reorder billing', async (w) => {
    const credit = await readCredit(w, creditId);
    const group = await billingGroup(w, credit);
    const from = group.findIndex((c) => c.id === creditId);
    const to = group.findIndex((c) => c.id === targetId);
    if (from < 0 || to < 0) throw new CreditRefusedError('Billing can only be reordered within one title and placement.');
    const [moved] = group.splice(from, 1);
    group.splice(to, 0, moved);
    await writeBillingOrder(docId, w, group);
  });
}
