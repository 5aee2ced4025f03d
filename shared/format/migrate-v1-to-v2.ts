// Version 1 -> 2. Deterministic (no random ids, no clock), so that migrating the same file twice gives the same
// bytes and a migrated file diffs cleanly against a re-migration. What changed in version 2:
// - departments became records; version 1's free-text department names map onto the seeded departments by name
//   and unknown names become new departments after them;
// - the full seeded title library is present; version 1 titles keep their ids (so credits still point at them);
// - contribution types became records; free-text types map onto creative / financial / logistical where the word
//   says so, and any other word becomes a custom type;
// - credits name a subject (person or company), episodes, teams, approvals; version 1 had people only.
import { DEFAULT_STYLE, emptyContact } from '../model/create';
import { BUILT_IN_CONTRIBUTION_TYPES, DEFAULT_JUSTIFICATION_TITLE_IDS, seedDepartments, seedTitles, slug } from '../model/library';
import { FORMAT_NAME } from '../model/schema';
import type { AuditEntry, ContributionType, CreditTitle, Department, RollcallDocument } from '../model/types';
import type { V1Document } from './versions/v1';

const BUILT_IN_SYNONYMS: Record<string, string> = {
  creative: 'contribution:creative',
  creativity: 'contribution:creative',
  artistic: 'contribution:creative',
  financial: 'contribution:financial',
  finance: 'contribution:financial',
  financing: 'contribution:financial',
  funding: 'contribution:financial',
  money: 'contribution:financial',
  logistical: 'contribution:logistical',
  logistics: 'contribution:logistical',
  production: 'contribution:logistical',
  operational: 'contribution:logistical',
};

/** Ids stay well under the 100-character id limit whatever a version 1 file typed. */
function shortSlug(text: string): string {
  return slug(text).slice(0, 60).replace(/-$/, '') || 'other';
}

function contributionTypes(doc: V1Document): { types: ContributionType[]; idOf: (text: string) => string } {
  const types: ContributionType[] = BUILT_IN_CONTRIBUTION_TYPES.map((t) => ({ ...t }));
  const custom = new Map<string, string>();
  const usedIds = new Set(types.map((t) => t.id));
  const idOf = (text: string): string => {
    const word = text.trim();
    const key = word.toLowerCase();
    const builtIn = BUILT_IN_SYNONYMS[key];
    if (builtIn) return builtIn;
    const name = word || 'Other';
    const found = custom.get(name.toLowerCase());
    if (found) return found;
    const base = `contribution:${shortSlug(name)}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    custom.set(name.toLowerCase(), id);
    types.push({ id, name, builtIn: false });
    return id;
  };
  // Register types in file order so that custom types are listed in the order they first appear.
  for (const credit of doc.credits) for (const c of credit.contributions) idOf(c.type);
  return { types, idOf };
}

function departmentsAndTitles(doc: V1Document): { departments: Department[]; titles: CreditTitle[] } {
  const departments = seedDepartments();
  const deptByName = new Map(departments.map((d) => [d.name.toLowerCase(), d.id]));
  const deptIds = new Set(departments.map((d) => d.id));
  let nextOrder = Math.max(0, ...departments.map((d) => d.order)) + 10;
  const departmentIdFor = (name: string): string => {
    const label = name.trim() || 'Other';
    const known = deptByName.get(label.toLowerCase());
    if (known) return known;
    const base = `dept:${shortSlug(label)}`;
    let id = base;
    for (let n = 2; deptIds.has(id); n++) id = `${base}-${n}`;
    departments.push({ id, name: label, order: nextOrder });
    nextOrder += 10;
    deptByName.set(label.toLowerCase(), id);
    deptIds.add(id);
    return id;
  };

  const seeded = seedTitles();
  const seedById = new Map(seeded.map((t) => [t.id, t]));
  const fromFile = new Map<string, CreditTitle>();
  for (const t of doc.titles) {
    const seed = seedById.get(t.id);
    fromFile.set(t.id, {
      id: t.id,
      name: t.name,
      plural: seed?.plural ?? '',
      departmentId: departmentIdFor(t.department),
      definition: seed?.definition ?? '',
      pgaEligible: seed?.pgaEligible ?? false,
      order: t.order,
    });
  }
  // Seeded titles first in library order (a file's own version replaces the seed), then the file's other titles.
  const titles = seeded.map((t) => fromFile.get(t.id) ?? t);
  for (const t of fromFile.values()) if (!seedById.has(t.id)) titles.push(t);
  return { departments, titles };
}

export function migrateV1ToV2(doc: V1Document): RollcallDocument {
  const { types, idOf } = contributionTypes(doc);
  const { departments, titles } = departmentsAndTitles(doc);
  const titleIds = new Set(titles.map((t) => t.id));
  const audit: AuditEntry[] = doc.audit.map((entry, i) => ({
    id: `audit:v1-${i + 1}`,
    at: entry.at,
    by: entry.by,
    entity: 'production',
    entityId: doc.production.id,
    action: 'v1-entry',
    summary: entry.summary,
    changes: [],
  }));
  return {
    format: FORMAT_NAME,
    formatVersion: 2,
    production: {
      id: doc.production.id,
      title: doc.production.title,
      kind: doc.production.kind,
      year: doc.production.year,
      companyIds: [],
      episodes: [],
      policy: { justificationRequiredTitleIds: DEFAULT_JUSTIFICATION_TITLE_IDS.filter((id) => titleIds.has(id)) },
      createdAt: doc.production.createdAt,
      updatedAt: doc.production.updatedAt,
    },
    departments,
    titles,
    contributionTypes: types,
    people: doc.people.map((p) => ({
      id: p.id,
      name: p.name,
      sortName: p.sortName,
      legalName: '',
      pronouns: '',
      guilds: [],
      contact: emptyContact(),
      notes: p.notes,
    })),
    companies: [],
    credits: doc.credits.map((c, creditIndex) => ({
      id: c.id,
      titleId: c.titleId,
      subject: { kind: 'person' as const, personId: c.personId },
      placement: c.placement,
      billing: c.billing,
      creditedAs: c.creditedAs,
      character: c.character,
      uncredited: c.uncredited,
      teamId: '',
      pgaMark: false,
      episodes: 'all' as const,
      status: c.status,
      contractNotes: c.notes,
      contributions: c.contributions.map((k, i) => ({
        id: `contribution:v1-${creditIndex + 1}-${i + 1}`,
        typeId: idOf(k.type),
        justification: k.justification,
        evidence: k.evidence,
        recordedBy: k.recordedBy,
        recordedAt: k.recordedAt,
      })),
      approvedBy: '',
      approvedAt: null,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    })),
    songs: [],
    images: [],
    paragraphs: [],
    style: { ...DEFAULT_STYLE },
    audit,
    revisions: [],
  };
}
