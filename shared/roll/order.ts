// The order of a roll: departments in the production's order, titles inside a department by their order (producing
// titles in the Producers Guild's order instead), then billing, then sort name. See ../shared/DOMAIN.md.
import { CAST_DEPARTMENT_ID, PRODUCING_DEPARTMENT_ID, slug, type CreditTitle, type Department, type ProductionKind } from '../model';

/**
 * Producers Guild order, by title name (so that imported titles with their own ids are ranked too). Features:
 * Produced by / Producer, Executive Producer, Co-Producer and Line Producer, Associate Producer. Episodic
 * television: Executive Producer, Co-Executive Producer, Supervising Producer, Produced by, Line Producer,
 * Producer, Co-Producer, Associate Producer. Titles the guild does not rank (Consulting Producer, a user's own
 * producing title) come just before Associate Producer, in their own order.
 */
const FEATURE_RANKS: Record<string, number> = {
  'produced-by': 1,
  producer: 1,
  'executive-producer': 2,
  'co-executive-producer': 2.5,
  'supervising-producer': 2.7,
  'co-producer': 3,
  'line-producer': 3,
  'associate-producer': 5,
};
const SERIES_RANKS: Record<string, number> = {
  'executive-producer': 1,
  'co-executive-producer': 2,
  'supervising-producer': 3,
  'produced-by': 4,
  'line-producer': 5,
  producer: 6,
  'co-producer': 7,
  'associate-producer': 9,
};
const UNRANKED_FEATURE = 4;
const UNRANKED_SERIES = 8;

/** Departments whose titles follow the guild order: the seeded producing department, or one named "Producers". */
export function isProducingDepartment(department: Department | undefined): boolean {
  if (!department) return false;
  return department.id === PRODUCING_DEPARTMENT_ID || slug(department.name) === 'producers';
}

export function isCastDepartment(department: Department | undefined): boolean {
  if (!department) return false;
  return department.id === CAST_DEPARTMENT_ID || slug(department.name) === 'cast';
}

export function isWritingDepartment(department: Department | undefined): boolean {
  if (!department) return false;
  return department.id === 'dept:writing' || slug(department.name) === 'writing';
}

export function isDirectingDepartment(department: Department | undefined): boolean {
  if (!department) return false;
  return department.id === 'dept:directing' || slug(department.name) === 'directing';
}

/** The guild rank of a producing title for this kind of production (television follows the episodic order). */
export function producingRank(title: CreditTitle, kind: ProductionKind): number {
  const key = slug(title.name);
  if (kind === 'series') return SERIES_RANKS[key] ?? UNRANKED_SERIES;
  return FEATURE_RANKS[key] ?? UNRANKED_FEATURE;
}

export interface TitleOrder {
  /** Department position (ascending), then the department's name for ties. */
  departmentRank: number;
  departmentName: string;
  /** Position inside the department: guild rank for producing titles, else 0. */
  guildRank: number;
  titleOrder: number;
}

/** Sort keys for every title, computed once so that sorting 20,000 credits compares numbers, not lookups. */
export function titleOrders(titles: readonly CreditTitle[], departments: readonly Department[], kind: ProductionKind): Map<string, TitleOrder> {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const out = new Map<string, TitleOrder>();
  for (const title of titles) {
    const department = byId.get(title.departmentId);
    out.set(title.id, {
      departmentRank: department?.order ?? Number.MAX_SAFE_INTEGER,
      departmentName: department?.name ?? '',
      guildRank: isProducingDepartment(department) ? producingRank(title, kind) : 0,
      titleOrder: title.order,
    });
  }
  return out;
}

export function compareTitleOrder(a: TitleOrder, b: TitleOrder): number {
  return (
    a.departmentRank - b.departmentRank ||
    (a.departmentName < b.departmentName ? -1 : a.departmentName > b.departmentName ? 1 : 0) ||
    a.guildRank - b.guildRank ||
    a.titleOrder - b.titleOrder
  );
}

/** Departments in roll order: ascending `order`, then name, then id (so equal orders stay stable). */
export function sortDepartments(departments: readonly Department[]): Department[] {
  return [...departments].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * One collator for every name comparison: root locale (so output does not depend on the machine's language),
 * accents secondary, numbers in numeric order ("Grip 2" before "Grip 10").
 */
export const nameCollator = new Intl.Collator('und', { sensitivity: 'variant', numeric: true });
