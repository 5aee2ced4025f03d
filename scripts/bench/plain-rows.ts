// The floors of the export cases: the same credits resolved to plain strings with two Map lookups each, no roll
// order, no grouping, no quoting, no escaping beyond HTML's three characters. What any exporter must at least do.
import type { RollcallDocument } from '../../shared/model/types';

export interface PlainRow {
  id: string;
  name: string;
  kind: string;
  creditedAs: string;
  character: string;
  title: string;
  department: string;
  placement: string;
  billing: number;
  status: string;
  justifications: string;
}

export function plainRows(document: RollcallDocument): PlainRow[] {
  const people = new Map(document.people.map((p) => [p.id, p.name]));
  const companies = new Map(document.companies.map((c) => [c.id, c.name]));
  const titles = new Map(document.titles.map((t) => [t.id, t]));
  const departments = new Map(document.departments.map((d) => [d.id, d.name]));
  return document.credits.map((c) => {
    const title = titles.get(c.titleId);
    return {
      id: c.id,
      name: (c.subject.kind === 'person' ? people.get(c.subject.personId) : companies.get(c.subject.companyId)) ?? '',
      kind: c.subject.kind,
      creditedAs: c.creditedAs,
      character: c.character,
      title: title?.name ?? '',
      department: (title && departments.get(title.departmentId)) ?? '',
      placement: c.placement,
      billing: c.billing,
      status: c.status,
      justifications: c.contributions.map((x) => x.justification).join('; '),
    };
  });
}

const encoder = new TextEncoder();

/** Floor of export-txt: "Title: Name" lines joined into one string, encoded. */
export function plainText(document: RollcallDocument): Uint8Array {
  return encoder.encode(plainRows(document).map((r) => `${r.title}: ${r.creditedAs || r.name}`).join('\n'));
}

/** Floor of export-csv: every row's fields joined by commas (unquoted), lines by CRLF, encoded. */
export function plainCsv(document: RollcallDocument): Uint8Array {
  const lines = plainRows(document).map((r) =>
    [r.id, r.name, r.kind, r.creditedAs, r.character, r.title, r.department, r.placement, r.billing, r.status, r.justifications].join(','),
  );
  return encoder.encode(lines.join('\r\n'));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Floor of export-html and of export-pdf's page: one <li> per credit in a bare document, no styles, no fonts. */
export function plainHtml(document: RollcallDocument): string {
  const items = plainRows(document).map((r) => `<li>${escapeHtml(r.title)}: ${escapeHtml(r.creditedAs || r.name)}</li>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(document.production.title)}</title></head><body><ul>${items.join('')}</ul></body></html>`;
}
