// Problems the schema cannot see: ids that repeat, and references to records that are not in the document (a
// credit whose title was removed by hand, a logo that is not among the images). The loader tolerates them, so that
// a hand-edited file still opens; `rollcall validate` reports them and the app shows a notice.
import type { RollcallDocument } from '../model/types';

interface Keyed {
  id: string;
}

function idSet(items: readonly Keyed[]): Set<string> {
  return new Set(items.map((i) => i.id));
}

function duplicates(collection: string, items: readonly Keyed[], out: string[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) out.push(`${collection}[${i}].id: the id “${item.id}” is used twice`);
    seen.add(item.id);
  });
}

/** One line per problem, "credits[3].titleId: no credit title has the id “x”", in document order. */
export function findReferenceProblems(doc: RollcallDocument): string[] {
  const out: string[] = [];
  duplicates('departments', doc.departments, out);
  duplicates('titles', doc.titles, out);
  duplicates('contributionTypes', doc.contributionTypes, out);
  duplicates('people', doc.people, out);
  duplicates('companies', doc.companies, out);
  duplicates('credits', doc.credits, out);
  duplicates('songs', doc.songs, out);
  duplicates('images', doc.images, out);
  duplicates('paragraphs', doc.paragraphs, out);
  duplicates('production.episodes', doc.production.episodes, out);

  const departments = idSet(doc.departments);
  const titles = idSet(doc.titles);
  const types = idSet(doc.contributionTypes);
  const people = idSet(doc.people);
  const companies = idSet(doc.companies);
  const images = idSet(doc.images);
  const episodes = idSet(doc.production.episodes);
  const missing = (path: string, what: string, id: string) => out.push(`${path}: no ${what} has the id “${id}”`);

  doc.production.companyIds.forEach((id, i) => companies.has(id) || missing(`production.companyIds[${i}]`, 'company', id));
  doc.production.policy.justificationRequiredTitleIds.forEach(
    (id, i) => titles.has(id) || missing(`production.policy.justificationRequiredTitleIds[${i}]`, 'credit title', id),
  );
  doc.titles.forEach((t, i) => departments.has(t.departmentId) || missing(`titles[${i}].departmentId`, 'department', t.departmentId));
  doc.companies.forEach((c, i) => c.logoImageId === null || images.has(c.logoImageId) || missing(`companies[${i}].logoImageId`, 'image', c.logoImageId));
  doc.credits.forEach((c, i) => {
    const at = `credits[${i}]`;
    if (!titles.has(c.titleId)) missing(`${at}.titleId`, 'credit title', c.titleId);
    if (c.subject.kind === 'person' && !people.has(c.subject.personId)) missing(`${at}.subject.personId`, 'person', c.subject.personId);
    if (c.subject.kind === 'company' && !companies.has(c.subject.companyId)) missing(`${at}.subject.companyId`, 'company', c.subject.companyId);
    if (c.episodes !== 'all') c.episodes.forEach((id, j) => episodes.has(id) || missing(`${at}.episodes[${j}]`, 'episode', id));
    c.contributions.forEach((k, j) => types.has(k.typeId) || missing(`${at}.contributions[${j}].typeId`, 'contribution type', k.typeId));
  });
  return out;
}
