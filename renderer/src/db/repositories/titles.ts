// Writes for departments, credit titles, contribution types and the production's justification policy. Each
// function is one `edit` step. Order is the order of the roll: departments and the titles inside each one are
// renumbered 10, 20, 30... on every move, so orders never tie. A title or department still used by credits is
// never removed silently: removal is refused with a sentence, or the credits move to another title in the same step.
import { newId, nowIso } from '../../../../shared/model/ids';
import { cleanName } from '../../../../shared/names';
import { ContributionTypeSchema, CreditTitleSchema, DepartmentSchema } from '../../../../shared/model/schema';
import type { ContributionType, Credit, CreditTitle, Department } from '../../../../shared/model/types';
import type { CreditRow, DepartmentRow, TitleRow } from '../database';
import { loadedRow, loadedRows } from '../records';
import { edit, type EditWriter } from '../edits';
import { cleanBlock, cleanLine, cleanRequiredName, EditRefused, NAME_MAX, refuseIfLocked, shortName, validated } from './record-input';

export type Direction = 'up' | 'down';

export interface TitleDraft {
  name: string;
  plural: string;
  definition: string;
  pgaEligible: boolean;
  departmentId: string;
  /** Whether the production's policy asks this title for a justified contribution before approval. */
  requiresJustification: boolean;
}

const STEP = 10;
const byOrder = <T extends { order: number; name: string }>(a: T, b: T) => a.order - b.order || a.name.localeCompare(b.name);

async function departmentsOf(docId: string): Promise<DepartmentRow[]> {
  return [...(await loadedRows<DepartmentRow>(docId, 'departments'))].sort(byOrder);
}

async function titlesIn(docId: string, departmentId: string): Promise<TitleRow[]> {
  return (await loadedRows<TitleRow>(docId, 'titles')).filter((t) => t.departmentId === departmentId).sort(byOrder);
}

async function creditsWithTitle(docId: string, titleId: string): Promise<CreditRow[]> {
  return (await loadedRows<CreditRow>(docId, 'credits')).filter((c) => c.titleId === titleId);
}

/** Writes 10, 20, 30... in list order, touching only the rows whose order changes (a small undo step). */
async function renumber(w: EditWriter, table: 'departments' | 'titles', rows: readonly (DepartmentRow | TitleRow)[]): Promise<void> {
  for (let i = 0; i < rows.length; i++) {
    const order = (i + 1) * STEP;
    if (rows[i].order === order) continue;
    const row: Department | CreditTitle = { ...rows[i], order };
    await w.put(table, row);
  }
}

function cleanTitleDraft(draft: TitleDraft): Omit<TitleDraft, 'requiresJustification'> {
  return {
    name: cleanRequiredName(draft.name, 'A title name'),
    plural: cleanLine(draft.plural, 'A plural', NAME_MAX),
    definition: cleanBlock(draft.definition, 'A definition', 5000),
    pgaEligible: draft.pgaEligible,
    departmentId: draft.departmentId,
  };
}

/**
 * What a title's edit would change in how its credits read on the roll (its name, plural, the p.g.a. mark it allows,
 * its department): a locked credit has been signed off as it reads. The definition and the policy stay editable.
 */
function rollChange(title: CreditTitle, clean: Omit<TitleDraft, 'requiresJustification'>): string | null {
  if (cleanName(title.name) !== clean.name) return 'renaming this title';
  if (cleanName(title.plural) !== clean.plural) return 'changing this title’s plural';
  if (title.pgaEligible !== clean.pgaEligible) return 'changing whether this title carries the p.g.a. mark';
  if (title.departmentId !== clean.departmentId) return 'moving this title to another department';
  return null;
}

async function setPolicy(w: EditWriter, titleId: string, required: boolean): Promise<void> {
  await w.updateProduction((p) => {
    const ids = p.policy.justificationRequiredTitleIds;
    if (ids.includes(titleId) === required) return p;
    const next = required ? [...ids, titleId] : ids.filter((id) => id !== titleId);
    return { ...p, policy: { ...p.policy, justificationRequiredTitleIds: next } };
  });
}

async function refuseDuplicateTitle(docId: string, departmentId: string, name: string, exceptId?: string): Promise<void> {
  const same = (await titlesIn(docId, departmentId)).find((t) => t.id !== exceptId && t.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (same) throw new EditRefused(`This department already has a title named “${shortName(same.name)}”.`);
}

export async function addDepartment(docId: string, name: string): Promise<Department> {
  const clean = cleanRequiredName(name, 'A department name');
  const existing = await departmentsOf(docId);
  if (existing.some((d) => d.name.toLocaleLowerCase() === clean.toLocaleLowerCase())) throw new EditRefused(`There is already a department named “${shortName(clean)}”.`);
  const department = validated(DepartmentSchema, { id: newId(), name: clean, order: ((existing.at(-1)?.order ?? 0) + STEP) });
  await edit(docId, `Add department “${shortName(clean)}”`, async (w) => {
    await w.put('departments', department);
  });
  return department;
}

export async function renameDepartment(docId: string, id: string, name: string): Promise<void> {
  const clean = cleanRequiredName(name, 'A department name');
  const others = (await departmentsOf(docId)).filter((d) => d.id !== id);
  if (others.some((d) => d.name.toLocaleLowerCase() === clean.toLocaleLowerCase())) throw new EditRefused(`There is already a department named “${shortName(clean)}”.`);
  await edit(docId, `Rename department to “${shortName(clean)}”`, async (w) => {
    const department = await w.get<Department>('departments', id);
    if (!department) throw new EditRefused('This department no longer exists.');
    const renamed: Department = { ...department, name: clean };
    await w.put('departments', renamed);
  });
}

/** Removes an empty department; one that still has titles is refused with a sentence. */
export async function removeDepartment(docId: string, id: string): Promise<void> {
  const department = await loadedRow<DepartmentRow>(docId, 'departments', id);
  if (!department) throw new EditRefused('This department no longer exists.');
  await edit(docId, `Remove department “${shortName(department.name)}”`, async (w) => {
    // Checked in the edit, after any edit still running, so a title added a moment ago is counted.
    const titles = (await w.all<TitleRow>('titles')).filter((t) => t.departmentId === id);
    if (titles.length > 0) {
      throw new EditRefused(`“${shortName(department.name)}” still has ${titles.length === 1 ? '1 title' : `${titles.length} titles`}: move or remove ${titles.length === 1 ? 'it' : 'them'} first.`);
    }
    await w.delete('departments', id);
  });
}

/** Swaps a row with its neighbour in a list read inside the edit (so a rename just made is not written back). */
async function swapInOrder(w: EditWriter, table: 'departments' | 'titles', list: (DepartmentRow | TitleRow)[], id: string, direction: Direction): Promise<boolean> {
  list.sort(byOrder);
  const from = list.findIndex((row) => row.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= list.length) return false;
  [list[from], list[to]] = [list[to], list[from]];
  await renumber(w, table, list);
  return true;
}

export async function moveDepartment(docId: string, id: string, direction: Direction): Promise<boolean> {
  const department = await loadedRow<DepartmentRow>(docId, 'departments', id);
  if (!department) return false;
  let moved = false;
  await edit(docId, `Move department “${shortName(department.name)}” ${direction}`, async (w) => {
    moved = await swapInOrder(w, 'departments', await w.all<DepartmentRow>('departments'), id, direction);
  });
  return moved;
}

export async function addTitle(docId: string, draft: TitleDraft): Promise<CreditTitle> {
  const clean = cleanTitleDraft(draft);
  if (!(await loadedRow<DepartmentRow>(docId, 'departments', clean.departmentId))) throw new EditRefused('Choose a department for the title.');
  await refuseDuplicateTitle(docId, clean.departmentId, clean.name);
  const siblings = await titlesIn(docId, clean.departmentId);
  const title = validated(CreditTitleSchema, { id: newId(), ...clean, order: (siblings.at(-1)?.order ?? 0) + STEP });
  await edit(docId, `Add title “${shortName(title.name)}”`, async (w) => {
    await w.put('titles', title);
    await setPolicy(w, title.id, draft.requiresJustification);
  });
  return title;
}

/** Saves a title's fields; moving it to another department puts it last there. */
export async function updateTitle(docId: string, id: string, draft: TitleDraft): Promise<void> {
  const clean = cleanTitleDraft(draft);
  if (!(await loadedRow<DepartmentRow>(docId, 'departments', clean.departmentId))) throw new EditRefused('Choose a department for the title.');
  await refuseDuplicateTitle(docId, clean.departmentId, clean.name, id);
  const siblings = await titlesIn(docId, clean.departmentId);
  await edit(docId, `Edit title “${shortName(clean.name)}”`, async (w) => {
    const title = await w.get<CreditTitle>('titles', id);
    if (!title) throw new EditRefused('This title no longer exists.');
    const change = rollChange(title, clean);
    // Read in the edit, so a credit locked a moment ago is counted.
    if (change) refuseIfLocked((await w.all<CreditRow>('credits')).filter((c) => c.titleId === id && c.status === 'locked').length, title.name, change);
    const order = title.departmentId === clean.departmentId ? title.order : (siblings.at(-1)?.order ?? 0) + STEP;
    await w.put('titles', validated(CreditTitleSchema, { ...title, ...clean, order }));
    await setPolicy(w, id, draft.requiresJustification);
  });
}

export async function moveTitle(docId: string, id: string, direction: Direction): Promise<boolean> {
  const title = await loadedRow<TitleRow>(docId, 'titles', id);
  if (!title) return false;
  let moved = false;
  await edit(docId, `Move title “${shortName(title.name)}” ${direction}`, async (w) => {
    const current = await w.get<TitleRow>('titles', id);
    if (!current) return;
    const siblings = (await w.all<TitleRow>('titles')).filter((t) => t.departmentId === current.departmentId);
    moved = await swapInOrder(w, 'titles', siblings, id, direction);
  });
  return moved;
}

/** How many credits use a title, for the question asked before removing it. */
export async function titleUsage(docId: string, titleId: string): Promise<{ total: number; locked: number }> {
  const credits = await creditsWithTitle(docId, titleId);
  return { total: credits.length, locked: credits.filter((c) => c.status === 'locked').length };
}

/**
 * Removes a title. While credits use it, refuses with a sentence unless `moveCreditsTo` names another title: then
 * the credits move there in the same undo step. Locked credits are never moved.
 */
export async function removeTitle(docId: string, id: string, options: { moveCreditsTo?: string } = {}): Promise<void> {
  const title = await loadedRow<TitleRow>(docId, 'titles', id);
  if (!title) throw new EditRefused('This title no longer exists.');
  await edit(docId, `Remove title “${shortName(title.name)}”`, async (w) => {
    // The title the credits move to is read in the edit: one removed a moment ago must not receive them.
    const target = options.moveCreditsTo ? await w.get<TitleRow>('titles', options.moveCreditsTo) : undefined;
    if (options.moveCreditsTo && (!target || target.id === id)) throw new EditRefused('Choose another title for the credits.');
    const credits = (await w.all<CreditRow>('credits')).filter((c) => c.titleId === id);
    const n = credits.length;
    if (n > 0 && !target) {
      throw new EditRefused(`${n === 1 ? '1 credit uses' : `${n.toLocaleString('en')} credits use`} “${shortName(title.name)}”: move ${n === 1 ? 'it' : 'them'} to another title before removing this one.`);
    }
    const locked = credits.filter((c) => c.status === 'locked').length;
    if (locked > 0) throw new EditRefused(`${locked === 1 ? '1 locked credit uses' : `${locked} locked credits use`} “${shortName(title.name)}”: unlock ${locked === 1 ? 'it' : 'them'} before moving ${locked === 1 ? 'it' : 'them'}.`);
    const at = nowIso();
    for (const credit of credits) {
      const moved: Credit = { ...credit, titleId: target!.id, updatedAt: at };
      await w.put('credits', moved);
    }
    await w.delete('titles', id);
    await setPolicy(w, id, false);
    if (n > 0) w.note(`${n === 1 ? '1 credit' : `${n} credits`} moved to “${shortName(target!.name)}”`);
  });
}

export async function setJustificationRequired(docId: string, titleId: string, required: boolean): Promise<void> {
  const title = await loadedRow<TitleRow>(docId, 'titles', titleId);
  if (!title) throw new EditRefused('This title no longer exists.');
  await edit(docId, `${required ? 'Require' : 'Stop requiring'} a justification for “${shortName(title.name)}”`, (w) => setPolicy(w, titleId, required));
}

export async function addContributionType(docId: string, name: string): Promise<ContributionType> {
  const clean = cleanRequiredName(name, 'A contribution type');
  const existing = await loadedRows<ContributionType>(docId, 'contributionTypes');
  if (existing.some((t) => t.name.toLocaleLowerCase() === clean.toLocaleLowerCase())) throw new EditRefused(`There is already a contribution type named “${shortName(clean)}”.`);
  const type = validated(ContributionTypeSchema, { id: newId(), name: clean, builtIn: false });
  await edit(docId, `Add contribution type “${shortName(clean)}”`, async (w) => {
    await w.put('contributionTypes', type);
  });
  return type;
}

export async function renameContributionType(docId: string, id: string, name: string): Promise<void> {
  const clean = cleanRequiredName(name, 'A contribution type');
  const existing = await loadedRows<ContributionType>(docId, 'contributionTypes');
  if (existing.some((t) => t.id !== id && t.name.toLocaleLowerCase() === clean.toLocaleLowerCase())) throw new EditRefused(`There is already a contribution type named “${shortName(clean)}”.`);
  await edit(docId, `Rename contribution type to “${shortName(clean)}”`, async (w) => {
    const type = await w.get<ContributionType>('contributionTypes', id);
    if (!type) throw new EditRefused('This contribution type no longer exists.');
    if (type.builtIn) throw new EditRefused(`“${type.name}” is built in and keeps its name.`);
    const renamed: ContributionType = { ...type, name: clean };
    await w.put('contributionTypes', renamed);
  });
}

/** Removes a type the user added; built-in types and types that contributions use stay. */
export async function removeContributionType(docId: string, id: string): Promise<void> {
  const type = await loadedRow<ContributionType>(docId, 'contributionTypes', id);
  if (!type) throw new EditRefused('This contribution type no longer exists.');
  if (type.builtIn) throw new EditRefused(`“${type.name}” is built in and cannot be removed.`);
  await edit(docId, `Remove contribution type “${shortName(type.name)}”`, async (w) => {
    const used = (await w.all<Credit>('credits')).filter((c) => c.contributions.some((x) => x.typeId === id)).length;
    if (used > 0) throw new EditRefused(`${used === 1 ? '1 credit has' : `${used.toLocaleString('en')} credits have`} a “${shortName(type.name)}” contribution: change ${used === 1 ? 'its type' : 'their types'} before removing it.`);
    await w.delete('contributionTypes', id);
  });
}
