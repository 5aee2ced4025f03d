// The two choices that apply to the whole list: the title for rows that name none, and whether rows that cannot
// be imported stop the import (the default: all or nothing) or are skipped and reported.
import { useId } from 'react';
import type { CreditTitle, Department } from '../../../../shared/model/types';

export interface OptionsProps {
  titles: CreditTitle[];
  departments: Department[];
  defaultTitleId: string | null;
  skipBadRows: boolean;
  onDefaultTitle: (titleId: string | null) => void;
  onSkipBadRows: (skip: boolean) => void;
}

export function OptionsSection(props: OptionsProps) {
  const headingId = useId();
  const byDepartment = [...props.departments]
    .sort((a, b) => a.order - b.order)
    .map((d) => ({ department: d, titles: props.titles.filter((t) => t.departmentId === d.id).sort((a, b) => a.order - b.order) }))
    .filter((g) => g.titles.length > 0);
  return (
    <section className="import-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Options</h3>
      <label className="import-narrow">
        Credit title for rows without one
        <select value={props.defaultTitleId ?? ''} onChange={(e) => props.onDefaultTitle(e.target.value || null)}>
          <option value="">None: such rows are not imported (rows with a character go under Cast)</option>
          {byDepartment.map((g) => (
            <optgroup key={g.department.id} label={g.department.name}>
              {g.titles.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" checked={props.skipBadRows} onChange={(e) => props.onSkipBadRows(e.target.checked)} />
        Skip rows that cannot be imported, and import the rest
      </label>
    </section>
  );
}
