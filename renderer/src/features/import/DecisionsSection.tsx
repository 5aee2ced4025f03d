// What to do with the titles, departments and contribution types the production does not have yet: create each
// on the spot or use an existing one. Until decided, their rows cannot be imported (the preview says so).
import { useId } from 'react';
import type { ContributionTypeResolution, DepartmentResolution, TitleResolution, UnknownLabel } from '../../../../shared/import';
import type { ContributionType, CreditTitle, Department } from '../../../../shared/model/types';

export interface Catalogue {
  titles: CreditTitle[];
  departments: Department[];
  contributionTypes: ContributionType[];
}

export interface DecisionsProps {
  catalogue: Catalogue;
  unknownTitles: UnknownLabel[];
  unknownDepartments: UnknownLabel[];
  unknownContributionTypes: UnknownLabel[];
  titles: Record<string, TitleResolution>;
  departments: Record<string, DepartmentResolution>;
  contributionTypes: Record<string, ContributionTypeResolution>;
  onTitle: (key: string, resolution: TitleResolution | null) => void;
  onDepartment: (key: string, resolution: DepartmentResolution) => void;
  onContributionType: (key: string, resolution: ContributionTypeResolution | null) => void;
  onCreateAll: () => void;
}

const rowsText = (label: UnknownLabel) => `${label.rowCount.toLocaleString('en-GB')} ${label.rowCount === 1 ? 'row' : 'rows'}, first on row ${label.firstRowNumber}`;

function titleValue(resolution: TitleResolution | undefined): string {
  if (!resolution) return '';
  return resolution.kind === 'create' ? 'create' : `map:${resolution.titleId}`;
}

export function DecisionsSection(props: DecisionsProps) {
  const headingId = useId();
  const { catalogue } = props;
  const departmentName = new Map(catalogue.departments.map((d) => [d.id, d.name]));
  const sortedTitles = [...catalogue.titles].sort((a, b) => a.name.localeCompare(b.name));
  const sortedDepartments = [...catalogue.departments].sort((a, b) => a.order - b.order);
  const undecided = props.unknownTitles.some((l) => !props.titles[l.key]) || props.unknownContributionTypes.some((l) => !props.contributionTypes[l.key]);
  if (props.unknownTitles.length + props.unknownDepartments.length + props.unknownContributionTypes.length === 0) return null;

  return (
    <section className="import-section" aria-labelledby={headingId}>
      <h3 id={headingId}>3. New titles, departments and contribution types</h3>
      <p className="muted">The list names these, and the production does not have them yet. Create each one, or use one the production has.</p>
      {undecided && (
        <button type="button" onClick={props.onCreateAll}>
          Create All That Are Not Decided
        </button>
      )}
      {props.unknownTitles.length > 0 && (
        <ul className="import-decisions" aria-label="Credit titles to decide">
          {props.unknownTitles.map((label) => {
            const resolution = props.titles[label.key];
            const suggested = new Set((label.suggestions ?? []).map((s) => s.id));
            return (
              <li key={label.key}>
                <label>
                  <span>
                    Credit title “{label.name}” <span className="muted">({rowsText(label)})</span>
                  </span>
                  <select
                    aria-label={`Credit title “${label.name}”`}
                    value={titleValue(resolution)}
                    onChange={(e) => {
                      const v = e.target.value;
                      props.onTitle(label.key, v === '' ? null : v === 'create' ? { kind: 'create' } : { kind: 'map', titleId: v.slice(4) });
                    }}
                  >
                    <option value="">Not decided: its rows are not imported</option>
                    <option value="create">Create “{label.name}”</option>
                    {suggested.size > 0 && (
                      <optgroup label="Similar titles">
                        {(label.suggestions ?? []).map((s) => (
                          <option key={s.id} value={`map:${s.id}`}>
                            Use “{s.name}”
                          </option>
                        ))}
                      </optgroup>
                    )}
                    <optgroup label="Every title">
                      {sortedTitles
                        .filter((t) => !suggested.has(t.id))
                        .map((t) => (
                          <option key={t.id} value={`map:${t.id}`}>
                            Use “{t.name}” ({departmentName.get(t.departmentId) ?? 'no department'})
                          </option>
                        ))}
                    </optgroup>
                  </select>
                </label>
                {resolution?.kind === 'create' && (
                  <label className="import-sub">
                    Department for “{label.name}”
                    <select
                      value={resolution.departmentId ?? ''}
                      onChange={(e) => props.onTitle(label.key, e.target.value ? { kind: 'create', departmentId: e.target.value } : { kind: 'create' })}
                    >
                      <option value="">As on its rows: {label.departmentName || 'Other'}</option>
                      {sortedDepartments.map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.name}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {props.unknownDepartments.length > 0 && (
        <ul className="import-decisions" aria-label="Departments to decide">
          {props.unknownDepartments.map((label) => {
            const resolution = props.departments[label.key];
            return (
              <li key={label.key}>
                <label>
                  <span>
                    Department “{label.name}” <span className="muted">({rowsText(label)})</span>
                  </span>
                  <select
                    aria-label={`Department “${label.name}”`}
                    value={resolution?.kind === 'map' ? `map:${resolution.departmentId}` : 'create'}
                    onChange={(e) => props.onDepartment(label.key, e.target.value === 'create' ? { kind: 'create' } : { kind: 'map', departmentId: e.target.value.slice(4) })}
                  >
                    <option value="create">Create “{label.name}”</option>
                    {sortedDepartments.map((d) => (
                      <option key={d.id} value={`map:${d.id}`}>
                        Use “{d.name}”
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {props.unknownContributionTypes.length > 0 && (
        <ul className="import-decisions" aria-label="Contribution types to decide">
          {props.unknownContributionTypes.map((label) => {
            const resolution = props.contributionTypes[label.key];
            return (
              <li key={label.key}>
                <label>
                  <span>
                    Contribution type “{label.name}” <span className="muted">({rowsText(label)})</span>
                  </span>
                  <select
                    aria-label={`Contribution type “${label.name}”`}
                    value={!resolution ? '' : resolution.kind === 'create' ? 'create' : `map:${resolution.typeId}`}
                    onChange={(e) => {
                      const v = e.target.value;
                      props.onContributionType(label.key, v === '' ? null : v === 'create' ? { kind: 'create' } : { kind: 'map', typeId: v.slice(4) });
                    }}
                  >
                    <option value="">Not decided: its rows are not imported</option>
                    <option value="create">Create “{label.name}”</option>
                    {catalogue.contributionTypes.map((t) => (
                      <option key={t.id} value={`map:${t.id}`}>
                        Use “{t.name}”
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
