// Changes around the credits: the production's title, departments, credit titles and contribution types added,
// removed, renamed or reordered. A renamed title is reported once here rather than on each of its credits.
import type { Side } from './side';
import type { StructureChange } from './types';

type Change = StructureChange['changes'][number];

function fieldChanges(pairs: [string, string | number | null, string | number | null][]): Change[] {
  return pairs.filter(([, a, b]) => a !== b).map(([field, before, after]) => ({ field, before, after }));
}

function compareTable<T extends { id: string; name: string }>(
  kind: StructureChange['kind'],
  before: readonly T[],
  after: readonly T[],
  map: ReadonlyMap<string, string>,
  fields: (a: T, b: T) => Change[],
): StructureChange[] {
  const out: StructureChange[] = [];
  const afterById = new Map(after.map((r) => [r.id, r]));
  const matched = new Set<string>();
  for (const record of before) {
    const partner = afterById.get(map.get(record.id) ?? '');
    if (!partner) {
      out.push({ kind, change: 'removed', name: record.name, changes: [] });
      continue;
    }
    matched.add(partner.id);
    const changes = fields(record, partner);
    if (changes.length > 0) out.push({ kind, change: 'changed', name: partner.name, changes });
  }
  for (const record of after) if (!matched.has(record.id)) out.push({ kind, change: 'added', name: record.name, changes: [] });
  return out;
}

export function structureChanges(before: Side, after: Side, maps: { titles: ReadonlyMap<string, string>; departments: ReadonlyMap<string, string>; types: ReadonlyMap<string, string> }): StructureChange[] {
  const out: StructureChange[] = [];
  const a = before.state;
  const b = after.state;
  if (a.productionTitle.normalize('NFC') !== b.productionTitle.normalize('NFC')) {
    out.push({ kind: 'production', change: 'changed', name: b.productionTitle, changes: [{ field: 'title', before: a.productionTitle, after: b.productionTitle }] });
  }
  out.push(...compareTable('department', a.departments, b.departments, maps.departments, (x, y) => fieldChanges([['name', x.name, y.name], ['order', x.order, y.order]])));
  out.push(
    ...compareTable('title', a.titles, b.titles, maps.titles, (x, y) =>
      fieldChanges([
        ['name', x.name, y.name],
        ['plural', x.plural, y.plural],
        ['department', before.departments.get(x.departmentId)?.name ?? '', after.departments.get(y.departmentId)?.name ?? ''],
        ['order', x.order, y.order],
      ]),
    ),
  );
  out.push(...compareTable('contributionType', a.contributionTypes, b.contributionTypes, maps.types, (x, y) => fieldChanges([['name', x.name, y.name]])));
  return out;
}
