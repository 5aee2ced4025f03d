// Lookups over what the production already has, built once per import in O(n): titles by name or plural,
// departments, contribution types and companies by name, episodes by number or title, the highest billing per
// title, and the credits already there (so that importing the same list twice adds nothing).
import type { Company, ContributionType, CreditTitle, Department, Episode, RollcallDocument } from '../model/types';
import { foldText } from '../names/fold';

/** The key a label (title, department, contribution type, company) is matched by: case, accents and spacing ignored. */
export function labelKey(label: string): string {
  return foldText(label);
}

function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The key of a credit for "already in the production": subject, title, character, placement. */
export function creditIdentity(subjectId: string, titleId: string, character: string, placement: string): string {
  return `${subjectId}\u0000${titleId}\u0000${labelKey(character)}\u0000${placement}`;
}

export class Catalogue {
  readonly titlesByKey = new Map<string, CreditTitle[]>();
  readonly titlesById = new Map<string, CreditTitle>();
  readonly departmentsByKey = new Map<string, Department>();
  readonly departmentsById = new Map<string, Department>();
  readonly typesByKey = new Map<string, ContributionType>();
  readonly typesById = new Map<string, ContributionType>();
  readonly companiesByKey = new Map<string, Company>();
  readonly episodesBySeasonNumber = new Map<string, Episode>();
  readonly episodesByNumber = new Map<number, Episode[]>();
  readonly episodesByTitle = new Map<string, Episode>();
  readonly maxBillingByTitle = new Map<string, number>();
  readonly existingCredits = new Set<string>();
  readonly peopleById: Map<string, RollcallDocument['people'][number]>;

  constructor(readonly document: RollcallDocument) {
    for (const title of document.titles) {
      this.titlesById.set(title.id, title);
      addTo(this.titlesByKey, labelKey(title.name), title);
      addTo(this.titlesByKey, labelKey(title.plural || `${title.name}s`), title);
    }
    for (const department of document.departments) {
      this.departmentsById.set(department.id, department);
      const key = labelKey(department.name);
      if (!this.departmentsByKey.has(key)) this.departmentsByKey.set(key, department);
    }
    for (const type of document.contributionTypes) {
      this.typesById.set(type.id, type);
      const key = labelKey(type.name);
      if (!this.typesByKey.has(key)) this.typesByKey.set(key, type);
    }
    for (const company of document.companies) {
      const key = labelKey(company.name);
      if (!this.companiesByKey.has(key)) this.companiesByKey.set(key, company);
    }
    for (const episode of document.production.episodes) {
      this.episodesBySeasonNumber.set(`${episode.season}x${episode.number}`, episode);
      const list = this.episodesByNumber.get(episode.number);
      if (list) list.push(episode);
      else this.episodesByNumber.set(episode.number, [episode]);
      if (episode.title.trim()) this.episodesByTitle.set(labelKey(episode.title), episode);
    }
    for (const credit of document.credits) {
      const max = this.maxBillingByTitle.get(credit.titleId);
      if (max === undefined || credit.billing > max) this.maxBillingByTitle.set(credit.titleId, credit.billing);
      const subjectId = credit.subject.kind === 'person' ? credit.subject.personId : credit.subject.companyId;
      this.existingCredits.add(creditIdentity(subjectId, credit.titleId, credit.character, credit.placement));
    }
    this.peopleById = new Map(document.people.map((p) => [p.id, p]));
  }

  /** Name -> department name -> title: no key string to build and hash on each of 20,000 rows. */
  private readonly titleMemo = new Map<string, Map<string, CreditTitle | null>>();

  /** A title by name or plural; when several share it, the one in the named department. */
  findTitle(name: string, departmentName: string): CreditTitle | null {
    // A list names a few dozen titles over thousands of rows: fold each spelling once.
    let byDepartment = this.titleMemo.get(name);
    if (byDepartment === undefined) {
      byDepartment = new Map();
      this.titleMemo.set(name, byDepartment);
    }
    const memo = byDepartment.get(departmentName);
    if (memo !== undefined) return memo;
    const found = this.lookUpTitle(name, departmentName);
    byDepartment.set(departmentName, found);
    return found;
  }

  private lookUpTitle(name: string, departmentName: string): CreditTitle | null {
    const found = this.titlesByKey.get(labelKey(name));
    if (!found) return null;
    if (found.length > 1 && departmentName) {
      const department = this.departmentsByKey.get(labelKey(departmentName));
      const inDepartment = department && found.find((t) => t.departmentId === department.id);
      if (inDepartment) return inDepartment;
    }
    return found[0];
  }

  /** The seeded "Cast" title, or any title named Cast: rows with a character but no title go there. */
  castTitle(): CreditTitle | null {
    return this.titlesById.get('title:cast') ?? this.titlesByKey.get('cast')?.[0] ?? null;
  }

  /** Titles whose words overlap the unknown one most, for "map to an existing title" suggestions. */
  similarTitles(name: string, limit = 3): CreditTitle[] {
    const words = new Set(labelKey(name).split(' ').filter((w) => w.length > 2));
    if (words.size === 0) return [];
    const scored: { title: CreditTitle; score: number }[] = [];
    for (const title of this.titlesById.values()) {
      const titleWords = labelKey(title.name).split(' ');
      const shared = titleWords.filter((w) => words.has(w)).length;
      if (shared > 0) scored.push({ title, score: shared / (words.size + titleWords.length - shared) });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.title);
  }
}
