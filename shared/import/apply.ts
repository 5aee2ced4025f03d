// Applying an import plan: a new document with the people, companies, titles, departments, contribution types,
// episodes and credits the plan adds, and a summary. Pure: the input document is never changed (so the whole
// import is one undoable step, and a refused import leaves the production exactly as it was).
import { createCompany, createContribution, createImportedCredit, createPerson, createPersonWithEmail, emptyContact } from '../model/create';
import { newId, nowIso } from '../model/ids';
import type { AuditEntry, Company, ContributionType, Credit, CreditTitle, Department, Episode, Person, RollcallDocument } from '../model/types';
import { analyseImport, type AnalysedRow, type ImportAnalysis } from './analyse';
import { labelKey } from './catalogue';
import { ImportError, ImportRowsError, type RowReport } from './import-error';
import type { DirectoryPerson, ImportPlan } from './plan';

/** Where titles go when neither the plan nor the row names a department. */
export const FALLBACK_DEPARTMENT_NAME = 'Other';

export interface ImportSummary {
  creditsAdded: number;
  peopleAdded: number;
  /** People added from the app-wide directory (included in peopleAdded). */
  peopleFromDirectory: number;
  /** Distinct people of the production the import gave credits to. */
  peopleMatched: number;
  companiesAdded: number;
  titlesCreated: string[];
  departmentsCreated: string[];
  contributionTypesCreated: string[];
  episodesCreated: number;
  /** Rows the production already had (or that repeat an earlier row): skipped, not errors. */
  rowsAlreadyPresent: number;
  /** Rows that could not be imported and were skipped (only with skipBadRows). */
  skippedRows: RowReport[];
  /** Rows imported with a warning (text cut to length, episodes ignored, ...). */
  warnings: RowReport[];
  /** One or two sentences for the status bar or the terminal. */
  sentence: string;
}

/** Exactly what the import added, for a working copy that stores records in tables (one transaction, one undo). */
export interface ImportAdditions {
  people: Person[];
  companies: Company[];
  credits: Credit[];
  titles: CreditTitle[];
  departments: Department[];
  contributionTypes: ContributionType[];
  episodes: Episode[];
  audit: AuditEntry[];
}

export interface ImportResult {
  /** A new document; the input is unchanged. */
  document: RollcallDocument;
  summary: ImportSummary;
  added: ImportAdditions;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function reportsOf(rows: AnalysedRow[], severity: 'error' | 'warning'): RowReport[] {
  // Most of 20,000 rows have no problem at all: skip them before building anything.
  const reports: RowReport[] = [];
  for (const row of rows) {
    if (row.problems.length === 0) continue;
    const messages = row.problems.filter((p) => p.severity === severity).map((p) => p.message);
    if (messages.length > 0) reports.push({ rowNumber: row.rowNumber, messages });
  }
  return reports;
}

function nextOrder(items: readonly { order: number }[]): number {
  let max = 0;
  for (const item of items) if (item.order > max) max = item.order;
  return max + 10;
}

function personFromDirectory(entry: DirectoryPerson): Person {
  if (entry.person) {
    const p = entry.person;
    return { ...p, id: entry.id, guilds: p.guilds.map((g) => ({ ...g })), contact: { ...p.contact } };
  }
  return createPerson({
    id: entry.id,
    name: entry.name,
    sortName: entry.sortName ?? '',
    legalName: entry.legalName ?? '',
    pronouns: entry.pronouns ?? '',
    guilds: entry.guilds ? entry.guilds.map((g) => ({ ...g })) : [],
    contact: { ...emptyContact(), ...(entry.contact ?? {}) },
    notes: entry.notes ?? '',
  });
}

function summarySentence(s: Omit<ImportSummary, 'sentence'>, sourceName: string): string {
  const parts = [`Imported ${plural(s.creditsAdded, 'credit')} from ${sourceName}`];
  const people: string[] = [];
  if (s.peopleAdded - s.peopleFromDirectory > 0) people.push(`${plural(s.peopleAdded - s.peopleFromDirectory, 'new person', 'new people')}`);
  if (s.peopleFromDirectory > 0) people.push(`${plural(s.peopleFromDirectory, 'person', 'people')} from the directory`);
  if (s.peopleMatched > 0) people.push(`${plural(s.peopleMatched, 'person', 'people')} already in the production`);
  let sentence = parts[0] + (people.length ? ` for ${people.join(', ')}` : '') + '.';
  const created: string[] = [];
  if (s.titlesCreated.length) created.push(plural(s.titlesCreated.length, 'credit title'));
  if (s.departmentsCreated.length) created.push(plural(s.departmentsCreated.length, 'department'));
  if (s.contributionTypesCreated.length) created.push(plural(s.contributionTypesCreated.length, 'contribution type'));
  if (s.episodesCreated) created.push(plural(s.episodesCreated, 'episode'));
  if (s.companiesAdded) created.push(plural(s.companiesAdded, 'company', 'companies'));
  if (created.length) sentence += ` Added ${created.join(', ')}.`;
  if (s.rowsAlreadyPresent) sentence += ` ${plural(s.rowsAlreadyPresent, 'row')} already in the production ${s.rowsAlreadyPresent === 1 ? 'was' : 'were'} skipped.`;
  if (s.skippedRows.length) sentence += ` ${plural(s.skippedRows.length, 'row')} could not be imported and ${s.skippedRows.length === 1 ? 'was' : 'were'} skipped.`;
  return sentence;
}

/** Throws an ImportError when the plan cannot be applied at all (no name column, bad rows without skipBadRows). */
export function assertImportable(analysis: ImportAnalysis, plan: ImportPlan): void {
  if (analysis.blocking.length) throw new ImportError(analysis.blocking[0].startsWith('No column') ? 'NO_NAME_COLUMN' : 'BAD_MAPPING', analysis.blocking.join(' '));
  const errors = reportsOf(analysis.rows, 'error');
  const ready = analysis.rows.filter((r) => r.status === 'ready').length;
  if (errors.length && !plan.skipBadRows) throw new ImportRowsError(errors, ready);
}

export function applyImport(document: RollcallDocument, plan: ImportPlan): ImportResult {
  const analysis = analyseImport(document, plan);
  assertImportable(analysis, plan);
  return buildImport(document, plan, analysis);
}

/** The second half of applyImport, for a caller that already analysed the plan (the dialog's preview). */
export function buildImport(document: RollcallDocument, plan: ImportPlan, analysis: ImportAnalysis): ImportResult {
  const at = plan.now ?? nowIso();
  const by = plan.userName ?? '';
  const sourceName = plan.sourceName ?? 'the list';
  const { catalogue, matcher } = analysis;
  const ready = analysis.rows.filter((r) => r.status === 'ready');

  const departments: Department[] = [...document.departments];
  const titles: CreditTitle[] = [...document.titles];
  const contributionTypes: ContributionType[] = [...document.contributionTypes];
  const newDepartments: Department[] = [];
  const newTitles: CreditTitle[] = [];
  const newTypes: ContributionType[] = [];

  // Departments for created titles: the plan's mapping, an existing one by name, or a new one.
  const departmentIdByKey = new Map<string, string>();
  const departmentFor = (name: string): string => {
    const key = labelKey(name);
    const known = departmentIdByKey.get(key);
    if (known) return known;
    const resolution = plan.departments?.[key];
    let id = resolution?.kind === 'map' && catalogue.departmentsById.has(resolution.departmentId) ? resolution.departmentId : catalogue.departmentsByKey.get(key)?.id;
    if (!id) {
      const department: Department = { id: newId(), name, order: nextOrder(departments) };
      departments.push(department);
      newDepartments.push(department);
      id = department.id;
    }
    departmentIdByKey.set(key, id);
    return id;
  };

  const titleIdByKey = new Map<string, string>();
  for (const label of analysis.unknownTitles) {
    const resolution = plan.titles?.[label.key];
    if (resolution?.kind === 'map' || (resolution?.kind !== 'create' && !plan.createMissing)) continue;
    const departmentId =
      resolution?.departmentId && catalogue.departmentsById.has(resolution.departmentId)
        ? resolution.departmentId
        : departmentFor(label.departmentName || FALLBACK_DEPARTMENT_NAME);
    const title: CreditTitle = {
      id: newId(),
      name: label.name,
      plural: '',
      departmentId,
      definition: '',
      pgaEligible: false,
      order: nextOrder(titles.filter((t) => t.departmentId === departmentId)),
    };
    titles.push(title);
    newTitles.push(title);
    titleIdByKey.set(label.key, title.id);
  }
  const typeIdByKey = new Map<string, string>();
  for (const label of analysis.unknownContributionTypes) {
    const resolution = plan.contributionTypes?.[label.key];
    if (resolution?.kind === 'map' || (resolution?.kind !== 'create' && !plan.createMissing)) continue;
    const type: ContributionType = { id: newId(), name: label.name, builtIn: false };
    contributionTypes.push(type);
    newTypes.push(type);
    typeIdByKey.set(label.key, type.id);
  }

  // Episodes the rows name that the series does not have yet (by number; titles must exist).
  const episodes: Episode[] = [...document.production.episodes];
  const newEpisodes: Episode[] = [];
  const createdEpisodes = new Map<string, string>();
  const episodeIdFor = (ref: { season: number | null; number: number }): string => {
    const season = ref.season ?? 1;
    const bySeason = catalogue.episodesBySeasonNumber.get(`${season}x${ref.number}`)?.id ?? createdEpisodes.get(`${season}x${ref.number}`);
    if (bySeason) return bySeason;
    if (ref.season === null) {
      const byNumber = catalogue.episodesByNumber.get(ref.number);
      if (byNumber?.length) return byNumber[0].id;
    }
    const episode: Episode = { id: newId(), season, number: ref.number, title: '' };
    episodes.push(episode);
    newEpisodes.push(episode);
    createdEpisodes.set(`${season}x${ref.number}`, episode.id);
    return episode.id;
  };

  const newPeople: Person[] = [];
  const personIdByKey = new Map<string, string>();
  const personIdByDirectoryId = new Map<string, string>();
  const matchedPeople = new Set<string>();
  let fromDirectory = 0;
  const personIdFor = (row: AnalysedRow): string => {
    const match = row.person!;
    if (match.source === 'production' && match.personId) {
      matchedPeople.add(match.personId);
      return match.personId;
    }
    if (match.source === 'directory' && match.personId) {
      const known = personIdByDirectoryId.get(match.personId);
      if (known) return known;
      // The directory person may already be in the production under another spelling (same id): reuse it.
      if (catalogue.peopleById.has(match.personId)) {
        matchedPeople.add(match.personId);
        personIdByDirectoryId.set(match.personId, match.personId);
        return match.personId;
      }
      const entry = matcher.directoryEntry(match.personId);
      const person = personFromDirectory(entry ?? { id: match.personId, name: match.name });
      if (row.email && !person.contact.email) person.contact.email = row.email;
      newPeople.push(person);
      fromDirectory++;
      personIdByDirectoryId.set(match.personId, person.id);
      return person.id;
    }
    const known = personIdByKey.get(match.key);
    if (known) return known;
    const person = createPersonWithEmail(match.name, row.email);
    newPeople.push(person);
    personIdByKey.set(match.key, person.id);
    return person.id;
  };

  const newCompanies: Company[] = [];
  const companyIdByKey = new Map<string, string>();
  const companyIdFor = (row: AnalysedRow): string => {
    const ref = row.company!;
    if (ref.companyId) return ref.companyId;
    const key = ref.newKey ?? labelKey(ref.name);
    const known = companyIdByKey.get(key);
    if (known) return known;
    const company = createCompany({ name: ref.name });
    newCompanies.push(company);
    companyIdByKey.set(key, company.id);
    return company.id;
  };

  const newCredits: Credit[] = [];
  const audit: AuditEntry[] = [];
  // The same words start every row's entry: joined once, not once per row.
  const auditPrefix = `Imported from ${sourceName}, row `;
  for (const row of ready) {
    const titleId = row.title!.id ?? (titleIdByKey.get(row.title!.newKey ?? '') as string);
    const subject: Credit['subject'] = row.person ? { kind: 'person', personId: personIdFor(row) } : { kind: 'company', companyId: companyIdFor(row) };
    const credit = createImportedCredit(
      {
        titleId,
        subject,
        placement: row.placement,
        billing: row.billing,
        creditedAs: row.creditedAs,
        character: row.character,
        episodes: row.episodes === 'all' ? 'all' : [...new Set(row.episodes.map((ref) => ('title' in ref ? (catalogue.episodesByTitle.get(labelKey(ref.title)) as Episode).id : episodeIdFor(ref))))],
        contractNotes: row.notes,
        contributions: row.contributionTypes.map((type) =>
          createContribution({ typeId: type.id ?? (typeIdByKey.get(type.newKey ?? '') as string), justification: row.justification, recordedBy: by, recordedAt: at }),
        ),
      },
      at,
    );
    newCredits.push(credit);
    audit.push({ id: newId(), at, by, entity: 'credit', entityId: credit.id, action: 'import', summary: `${auditPrefix}${row.rowNumber}.`, changes: [] });
  }

  const skippedRows = reportsOf(analysis.rows, 'error');
  const counts = {
    creditsAdded: newCredits.length,
    peopleAdded: newPeople.length,
    peopleFromDirectory: fromDirectory,
    peopleMatched: matchedPeople.size,
    companiesAdded: newCompanies.length,
    titlesCreated: newTitles.map((t) => t.name),
    departmentsCreated: newDepartments.map((d) => d.name),
    contributionTypesCreated: newTypes.map((t) => t.name),
    episodesCreated: newEpisodes.length,
    rowsAlreadyPresent: analysis.rows.filter((r) => r.status === 'present').length,
    skippedRows,
    warnings: reportsOf(ready, 'warning'),
  };
  const sentence = summarySentence(counts, sourceName);
  const importEntry: AuditEntry = { id: newId(), at, by, entity: 'import', entityId: newId(), action: 'import', summary: sentence.slice(0, 5000), changes: [] };

  const next: RollcallDocument = {
    ...document,
    production: newEpisodes.length ? { ...document.production, episodes, updatedAt: at } : { ...document.production, updatedAt: at },
    departments,
    titles,
    contributionTypes,
    people: newPeople.length ? [...document.people, ...newPeople] : document.people,
    companies: newCompanies.length ? [...document.companies, ...newCompanies] : document.companies,
    credits: newCredits.length ? [...document.credits, ...newCredits] : document.credits,
    audit: [...document.audit, importEntry, ...audit],
  };
  return {
    document: next,
    summary: { ...counts, sentence },
    added: {
      people: newPeople,
      companies: newCompanies,
      credits: newCredits,
      titles: newTitles,
      departments: newDepartments,
      contributionTypes: newTypes,
      episodes: newEpisodes,
      audit: [importEntry, ...audit],
    },
  };
}
