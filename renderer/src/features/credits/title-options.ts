// Type-ahead options for credit titles: every typed word must start a word of the title or its department
// ("assoc" finds Associate Producer, "camera op" finds Camera Operator), in roll order.
import type { CreditTitle, Department } from '../../../../shared/model/types';
import { foldForSearch } from '../../../../shared/search';
import type { ComboOption } from './Combobox';

export function titleOptions(text: string, titles: readonly CreditTitle[], departmentById: Map<string, Department>, limit = 12): ComboOption[] {
  const words = foldForSearch(text).split(' ').filter(Boolean);
  const sorted = [...titles].sort(
    (a, b) => (departmentById.get(a.departmentId)?.order ?? 1e9) - (departmentById.get(b.departmentId)?.order ?? 1e9) || a.order - b.order,
  );
  const out: ComboOption[] = [];
  for (const t of sorted) {
    if (out.length >= limit) break;
    const department = departmentById.get(t.departmentId)?.name ?? '';
    const folded = ` ${foldForSearch(t.name)} ${foldForSearch(department)}`;
    if (!words.every((w) => folded.includes(` ${w}`))) continue;
    out.push({ id: t.id, label: t.name, detail: department });
  }
  return out;
}
