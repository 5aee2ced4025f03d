// Reads every row of a plan against the production: what each row becomes (person, title, contributions,
// placement, billing, episodes) and what stops it (missing name, unknown title, unknown contribution type, ...).
// One pass, Map lookups only, so 20,000 rows take a fraction of a second. The preview shows the first rows of
// this analysis; applyImport builds the new document from all of it, so the two never disagree.
import type { Placement, RollcallDocument } from '../model/types';
import { cleanName, cleanPastedText } from '../names/clean-text';
import type { NearReason } from '../names/name-index';
import { Catalogue, creditIdentity, labelKey } from './catalogue';
import { looksLikeFormula, parseBilling, parseEpisodeRefs, parsePlacement, splitList, type EpisodeRef } from './cell-values';
import { columnsByField, mappingProblems, type ImportField } from './fields';
import { MAX_EMAIL_CHARS, MAX_NAME_CHARS, MAX_TEXT_CHARS } from './limits';
import { PeopleMatcher, type PersonMatch } from './people-matcher';
import type { ImportPlan } from './plan';
import { RepeatedRows } from './repeated-rows';
import type { TableProblem } from './table';
import { formatCount, plural } from './count-format';

export type RowProblemCode =
  | 'missing-name'
  | 'too-long'
  | 'truncated'
  | 'missing-title'
  | 'unknown-title'
  | 'unknown-contribution-type'
  | 'justification-without-type'
  | 'bad-placement'
  | 'bad-billing'
  | 'unknown-episode'
  | 'episodes-ignored'
  | 'formula'
  | 'ambiguous-person'
  | 'missing-person'
  | 'possible-person'
  | 'already-present'
  | 'repeated-row'
  | 'table';

export interface RowProblem {
  /** error: the row cannot be imported; warning: imported, but look; info: how it was read. */
  severity: 'error' | 'warning' | 'info';
  code: RowProblemCode;
  message: string;
}

/** A reference to a title, contribution type or episode: an existing id, or the key of one the import creates. */
export interface LabelRef {
  id: string | null;
  newKey: string | null;
  name: string;
}

export interface CompanyRef {
  companyId: string | null;
  newKey: string | null;
  name: string;
}

export interface AnalysedRow {
  /** Index into `plan.table.rows`. */
  index: number;
  rowNumber: number;
  /** The name as written on the row (cleaned). */
  writtenName: string;
  /** The person's name after the import: the stored name when matched, else the written one. */
  name: string;
  person: PersonMatch | null;
  /** The credit goes to a company (a row with a company and no name). */
  company: CompanyRef | null;
  title: LabelRef | null;
  /** The department named on the row (used when its title is created). */
  departmentName: string;
  placement: Placement;
  /** The billing the credit gets (the file's, else after the title's last credit, in file order). */
  billing: number;
  creditedAs: string;
  character: string;
  contributionTypes: LabelRef[];
  justification: string;
  episodes: 'all' | EpisodeRef[];
  email: string;
  /** Notes and the company a person works through, for the credit's notes. */
  notes: string;
  problems: RowProblem[];
  /** ready: will be imported; error: cannot be; present: the production already has this credit (skipped). */
  status: 'ready' | 'error' | 'present';
}

export interface UnknownLabel {
  key: string;
  /** As first written in the file. */
  name: string;
  rowCount: number;
  firstRowNumber: number;
  /** What the plan says to do; null when undecided (then the rows are errors, unless createMissing). */
  resolution: 'create' | 'map' | null;
  /** Titles: the department named on its first row. */
  departmentName?: string;
  /** Titles: existing titles with overlapping words, for "map to…". */
  suggestions?: { id: string; name: string }[];
}

export interface ImportAnalysis {
  rows: AnalysedRow[];
  /** Problems that stop the whole import (no name column, a field mapped twice). */
  blocking: string[];
  /** Problems of the source not tied to a data row. */
  tableProblems: TableProblem[];
  unknownTitles: UnknownLabel[];
  unknownDepartments: UnknownLabel[];
  unknownContributionTypes: UnknownLabel[];
  catalogue: Catalogue;
  matcher: PeopleMatcher;
}

const SOURCE_WORDS: Record<PersonMatch['source'], string> = { production: 'in this production', directory: 'in the directory', new: '' };
/** Why a name only possibly matches someone, as the preview's hints and the import's people menu put it. */
export const REASON_WORDS: Record<NearReason, string> = { 'word-order': 'same words in another order', spacing: 'different spacing', initials: 'initials', spelling: 'one letter different' };

/** Fits a value to the model's limit: 'refuse' makes the row an error, 'truncate' cuts it with a warning. */
function fit(value: string, max: number, label: string, rowNumber: number, policy: 'refuse' | 'truncate', problems: RowProblem[]): string {
  if (value.length <= max) return value;
  if (policy === 'refuse') {
    problems.push({
      severity: 'error',
      code: 'too-long',
      message: `The ${label} has ${formatCount(value.length)} characters; it can have at most ${formatCount(max)}, so row ${rowNumber} was refused.`,
    });
    return value.slice(0, max);
  }
  problems.push({
    severity: 'warning',
    code: 'truncated',
    message: `The ${label} had ${formatCount(value.length)} characters and was cut to the first ${formatCount(max)}.`,
  });
  return value.slice(0, max);
}

const isError = (problem: RowProblem): boolean => problem.severity === 'error';

function formulaProblem(label: string, value: string): RowProblem {
  return { severity: 'warning', code: 'formula', message: `The ${label} “${value.slice(0, 60)}” looks like a spreadsheet formula; it was kept as text, not calculated.` };
}

export function analyseImport(document: RollcallDocument, plan: ImportPlan): ImportAnalysis {
  const { table } = plan;
  const catalogue = new Catalogue(document);
  const matcher = new PeopleMatcher(document.people, plan.directory ?? [], plan.people ?? {});
  const blocking = mappingProblems(plan.mapping, table.headers);
  const columns = columnsByField(plan.mapping, table.headers.length);
  // Each field's column, read once: `columns[field]` with a different field at one call site is a slow lookup,
  // and every row reads thirteen fields.
  const column = (field: ImportField): number => columns[field] ?? -1;
  const nameColumn = column('name');
  const companyColumn = column('company');
  const titleColumn = column('title');
  const departmentColumn = column('department');
  const creditedAsColumn = column('creditedAs');
  const characterColumn = column('character');
  const justificationColumn = column('justification');
  const notesColumn = column('notes');
  const emailColumn = column('email');
  const typesColumn = column('contributionTypes');
  const placementColumn = column('placement');
  const billingColumn = column('billing');
  const episodesColumn = column('episodes');
  const cell = (row: string[], index: number): string => (index < 0 ? '' : (row[index] ?? ''));

  // Row numbers to rows, only to place the source's problems (usually none) on their rows.
  const rowIndexByNumber = new Map<number, number>();
  if (table.problems.length > 0) table.rowNumbers.forEach((n, i) => rowIndexByNumber.set(n, i));
  const tableProblems: TableProblem[] = [];
  const sourceProblems = new Map<number, TableProblem[]>();
  for (const problem of table.problems) {
    const index = problem.rowNumber === undefined ? undefined : rowIndexByNumber.get(problem.rowNumber);
    if (index === undefined) tableProblems.push(problem);
    else sourceProblems.set(index, [...(sourceProblems.get(index) ?? []), problem]);
  }

  const unknownTitles = new Map<string, UnknownLabel>();
  const unknownDepartments = new Map<string, UnknownLabel>();
  const unknownTypes = new Map<string, UnknownLabel>();
  const note = (map: Map<string, UnknownLabel>, key: string, name: string, rowNumber: number, resolution: UnknownLabel['resolution']) => {
    const known = map.get(key);
    if (known) known.rowCount++;
    else map.set(key, { key, name, rowCount: 1, firstRowNumber: rowNumber, resolution });
    return map.get(key) as UnknownLabel;
  };

  const nextBilling = new Map<string, number>();
  const repeats = new RepeatedRows();
  const defaultTitle = plan.defaultTitleId ? catalogue.titlesById.get(plan.defaultTitleId) ?? null : null;
  const castTitle = catalogue.castTitle();
  const isSeries = document.production.kind === 'series';

  // Where a row that names no placement goes: where most of its title's credits already are (a director credited
  // in the main titles stays there), else the end credits. Counted on first need, so an import whose rows all name
  // a placement, or a production without credits, never walks the credits.
  let mainMinusEnd: Map<string, number> | null = null;
  const usualPlacement = (titleId: string | null): Placement => {
    if (titleId === null || document.credits.length === 0) return 'end';
    if (mainMinusEnd === null) {
      mainMinusEnd = new Map();
      for (const credit of document.credits) mainMinusEnd.set(credit.titleId, (mainMinusEnd.get(credit.titleId) ?? 0) + (credit.placement === 'main' ? 1 : -1));
    }
    return (mainMinusEnd.get(titleId) ?? 0) > 0 ? 'main' : 'end';
  };

  /**
   * Whether the production already has this credit. A row that names no placement (`eitherPlacement`) does not
   * ask for a second credit in the other placement: the same subject, title and character placed anywhere counts.
   */
  const hasCredit = (subjectId: string, titleId: string, character: string, placement: Placement, eitherPlacement: boolean): boolean =>
    catalogue.existingCredits.has(creditIdentity(subjectId, titleId, character, placement)) ||
    (eitherPlacement && catalogue.existingCredits.has(creditIdentity(subjectId, titleId, character, placement === 'main' ? 'end' : 'main')));

  // Labels repeat on thousands of rows: fold each spelling once.
  const keyMemo = new Map<string, string>();
  const keyOf = (label: string): string => {
    let key = keyMemo.get(label);
    if (key === undefined) {
      key = labelKey(label);
      keyMemo.set(label, key);
    }
    return key;
  };

  const rows: AnalysedRow[] = table.rows.map((cells, index) => {
    const rowNumber = table.rowNumbers[index] ?? index + 1;
    const problems: RowProblem[] = [];
    const fromSource = sourceProblems.get(index);
    if (fromSource) for (const p of fromSource) problems.push({ severity: p.severity, code: 'table', message: p.message });

    // Names and labels: cleaned of control characters and bidi overrides, NFC, single spaces.
    const rawName = cleanName(cell(cells, nameColumn));
    const companyName = cleanName(cell(cells, companyColumn));
    const name = fit(rawName, MAX_NAME_CHARS, 'name', rowNumber, 'refuse', problems);
    const titleText = fit(cleanName(cell(cells, titleColumn)), MAX_NAME_CHARS, 'credit title', rowNumber, 'refuse', problems);
    const departmentName = fit(cleanName(cell(cells, departmentColumn)), MAX_NAME_CHARS, 'department', rowNumber, 'refuse', problems);
    const creditedAs = fit(cleanName(cell(cells, creditedAsColumn)), MAX_NAME_CHARS, 'credited-as name', rowNumber, 'truncate', problems);
    const character = fit(cleanName(cell(cells, characterColumn)), MAX_NAME_CHARS, 'character name', rowNumber, 'truncate', problems);
    const justification = fit(cleanPastedText(cell(cells, justificationColumn)).trim(), MAX_TEXT_CHARS, 'justification', rowNumber, 'truncate', problems);
    let notes = fit(cleanPastedText(cell(cells, notesColumn)).trim(), MAX_TEXT_CHARS, 'note', rowNumber, 'truncate', problems);
    let email = cleanName(cell(cells, emailColumn));
    if (email.length > MAX_EMAIL_CHARS) {
      problems.push({ severity: 'warning', code: 'truncated', message: `The email address has ${formatCount(email.length)} characters, too many to be one, so it was left out.` });
      email = '';
    }
    if (looksLikeFormula(rawName)) problems.push(formulaProblem('name', rawName));
    if (looksLikeFormula(titleText)) problems.push(formulaProblem('credit title', titleText));

    // Who the credit is for: a person, or a company when the row names only a company.
    let person: PersonMatch | null = null;
    let company: CompanyRef | null = null;
    if (name !== '') {
      person = matcher.match(name);
      if (person.missingChoice) {
        problems.push({ severity: 'error', code: 'missing-person', message: `The person chosen for “${name}” is no longer in the production or the directory.` });
      } else if (person.ambiguousCount > 1) {
        problems.push({
          severity: 'warning',
          code: 'ambiguous-person',
          message: `${plural(person.ambiguousCount, 'person', 'people')} ${SOURCE_WORDS[person.source]} are named “${person.name}”; the first was used.`,
        });
      } else if (person.source !== 'new' && !person.chosen) {
        problems.push({ severity: 'info', code: 'possible-person', message: `Matched “${person.name}” ${SOURCE_WORDS[person.source]}.` });
      }
      if (person.source === 'new' && person.possible.length) {
        const hints = person.possible.map((p) => `“${p.name}” ${SOURCE_WORDS[p.source]} (${REASON_WORDS[p.reason]})`).join(', ');
        problems.push({ severity: 'info', code: 'possible-person', message: `Added as a new person; possibly the same as ${hints}.` });
      }
      if (companyName) notes = notes ? `${notes}\nCompany: ${companyName}` : `Company: ${companyName}`;
    } else if (companyName !== '') {
      const companyText = fit(companyName, MAX_NAME_CHARS, 'company name', rowNumber, 'refuse', problems);
      const existing = catalogue.companiesByKey.get(keyOf(companyText));
      company = existing ? { companyId: existing.id, newKey: null, name: existing.name } : { companyId: null, newKey: keyOf(companyText), name: companyText };
    } else {
      problems.push({ severity: 'error', code: 'missing-name', message: `Row ${rowNumber} has no name.` });
    }

    // The credit title: the row's, else the plan's default, else Cast for a row with a character.
    let title: LabelRef | null = null;
    if (titleText !== '') {
      const existing = catalogue.findTitle(titleText, departmentName);
      if (existing) {
        title = { id: existing.id, newKey: null, name: existing.name };
      } else {
        const key = keyOf(titleText);
        const resolution = plan.titles?.[key];
        const mapped = resolution?.kind === 'map' ? catalogue.titlesById.get(resolution.titleId) : undefined;
        const label = note(unknownTitles, key, titleText, rowNumber, resolution?.kind ?? (plan.createMissing ? 'create' : null));
        label.departmentName ??= departmentName;
        if (mapped) {
          title = { id: mapped.id, newKey: null, name: mapped.name };
        } else if (resolution?.kind === 'create' || plan.createMissing) {
          title = { id: null, newKey: key, name: label.name };
          if (departmentName && !(resolution?.kind === 'create' && resolution.departmentId) && !catalogue.departmentsByKey.has(keyOf(departmentName))) {
            const deptKey = keyOf(departmentName);
            const deptResolution = plan.departments?.[deptKey];
            note(unknownDepartments, deptKey, departmentName, rowNumber, deptResolution?.kind ?? 'create');
          }
        } else {
          problems.push({
            severity: 'error',
            code: 'unknown-title',
            message: `The production has no credit title “${titleText}”; create it or choose an existing title for it.`,
          });
        }
      }
    } else {
      const fallback = defaultTitle ?? (character ? castTitle : null);
      if (fallback) title = { id: fallback.id, newKey: null, name: fallback.name };
      else problems.push({ severity: 'error', code: 'missing-title', message: `Row ${rowNumber} has no credit title.` });
    }

    // Contributions: each named type, all sharing the row's justification.
    const contributionTypes: LabelRef[] = [];
    for (const typeName of splitList(cleanName(cell(cells, typesColumn)))) {
      const key = keyOf(typeName);
      const existing = catalogue.typesByKey.get(key);
      const resolution = plan.contributionTypes?.[key];
      const mapped = resolution?.kind === 'map' ? catalogue.typesById.get(resolution.typeId) : undefined;
      let ref: LabelRef | null = null;
      if (existing) ref = { id: existing.id, newKey: null, name: existing.name };
      else if (mapped) ref = { id: mapped.id, newKey: null, name: mapped.name };
      else if (typeName.length > MAX_NAME_CHARS) {
        problems.push({ severity: 'error', code: 'too-long', message: `A contribution type has ${formatCount(typeName.length)} characters; it can have at most ${formatCount(MAX_NAME_CHARS)}.` });
      } else {
        const label = note(unknownTypes, key, typeName, rowNumber, resolution?.kind ?? (plan.createMissing ? 'create' : null));
        if (resolution?.kind === 'create' || plan.createMissing) ref = { id: null, newKey: key, name: label.name };
        else {
          const known = [...catalogue.typesById.values()].map((t) => t.name.toLowerCase()).join(', ');
          problems.push({ severity: 'error', code: 'unknown-contribution-type', message: `“${typeName}” is not a contribution type of this production (${known}); create it or choose one of those.` });
        }
      }
      if (ref && !contributionTypes.some((t) => (t.id ?? t.newKey) === (ref.id ?? ref.newKey))) contributionTypes.push(ref);
    }
    if (justification && cell(cells, typesColumn).trim() === '') {
      problems.push({
        severity: 'error',
        code: 'justification-without-type',
        message: `Row ${rowNumber} has a justification but no contribution type, so it is not clear what it justifies; add the type (for example creative, financial or logistical).`,
      });
    }

    const placementText = cell(cells, placementColumn);
    const placement = parsePlacement(placementText);
    if (placement === undefined) {
      problems.push({ severity: 'error', code: 'bad-placement', message: `Placement “${placementText.trim().slice(0, 60)}” is neither main titles nor end credits.` });
    }
    const billingText = cell(cells, billingColumn);
    const billingValue = parseBilling(billingText);
    if (billingValue === undefined) {
      problems.push({ severity: 'error', code: 'bad-billing', message: `Billing “${billingText.trim().slice(0, 60)}” is not a number.` });
    }

    let episodes = parseEpisodeRefs(cell(cells, episodesColumn));
    if (episodes !== 'all' && !isSeries) {
      problems.push({ severity: 'warning', code: 'episodes-ignored', message: `This production is a ${document.production.kind}, not a series, so the episodes were ignored and the credit covers it all.` });
      episodes = 'all';
    }
    if (episodes !== 'all') {
      for (const ref of episodes) {
        if ('title' in ref && !catalogue.episodesByTitle.has(keyOf(ref.title))) {
          problems.push({ severity: 'error', code: 'unknown-episode', message: `The series has no episode “${ref.title.slice(0, 100)}”; use episode numbers such as 3 or S1E3.` });
        }
      }
    }

    const titleKey = title ? (title.id ?? `new:${title.newKey}`) : '';
    let billing = billingValue ?? 0;
    if (title && billingValue === null) {
      const start = nextBilling.get(titleKey) ?? (title.id ? (catalogue.maxBillingByTitle.get(title.id) ?? 0) : 0);
      billing = start + 1;
    }
    if (title) nextBilling.set(titleKey, Math.max(nextBilling.get(titleKey) ?? 0, billing));

    const finalPlacement = placement ?? usualPlacement(title?.id ?? null);

    // Already in the production, or a repeat of an earlier row: kept out so that importing twice adds nothing.
    let status: AnalysedRow['status'] = problems.length > 0 && problems.some(isError) ? 'error' : 'ready';
    if (status === 'ready' && title) {
      if (title.id && person && person.source === 'production' && person.personId) {
        if (hasCredit(person.personId, title.id, character, finalPlacement, placement === null)) {
          status = 'present';
          problems.push({ severity: 'info', code: 'already-present', message: `${person.name} already has this credit in the production, so the row is skipped.` });
        }
      } else if (title.id && company?.companyId && hasCredit(company.companyId, title.id, character, finalPlacement, placement === null)) {
        status = 'present';
        problems.push({ severity: 'info', code: 'already-present', message: `${company.name} already has this credit in the production, so the row is skipped.` });
      }
      if (status === 'ready') {
        const first = person
          ? repeats.firstRow('person', person.personId ?? person.key, titleKey, character, finalPlacement, cell(cells, episodesColumn), rowNumber)
          : repeats.firstRow('company', String(company?.companyId ?? company?.newKey), titleKey, character, finalPlacement, cell(cells, episodesColumn), rowNumber);
        if (first !== undefined) {
          status = 'present';
          problems.push({ severity: 'info', code: 'repeated-row', message: `Row ${rowNumber} repeats row ${first}, so it is skipped.` });
        }
      }
    }

    return {
      index,
      rowNumber,
      writtenName: name,
      name: person?.name ?? name,
      person,
      company,
      title,
      departmentName,
      placement: finalPlacement,
      billing,
      creditedAs: creditedAs && person && creditedAs !== person.name ? creditedAs : '',
      character,
      contributionTypes,
      justification,
      episodes,
      email,
      notes,
      problems,
      status,
    };
  });

  // Department and similar-title hints for the unknown titles.
  for (const label of unknownTitles.values()) {
    label.suggestions = catalogue.similarTitles(label.name).map((t) => ({ id: t.id, name: t.name }));
  }

  return {
    rows,
    blocking,
    tableProblems,
    unknownTitles: [...unknownTitles.values()],
    unknownDepartments: [...unknownDepartments.values()],
    unknownContributionTypes: [...unknownTypes.values()],
    catalogue,
    matcher,
  };
}
