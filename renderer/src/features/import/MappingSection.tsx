// Which column is which field: each column with a few of its values and a menu of fields, as guessed from the
// headers and changeable by hand; "Ignore" leaves a column out.
import { useId } from 'react';
import { FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping, type ImportField, type ImportTable } from '../../../../shared/import';
import { columnName } from './import-draft';

const SAMPLE_ROWS = 3;

function samples(table: ImportTable, column: number): string {
  const values: string[] = [];
  for (const row of table.rows) {
    const value = row[column]?.trim();
    if (value) values.push(value.length > 40 ? `${value.slice(0, 39)}…` : value);
    if (values.length === SAMPLE_ROWS) break;
  }
  return values.join(' · ');
}

export function MappingSection(props: { table: ImportTable; mapping: ColumnMapping; problems: string[]; onChange: (column: number, field: ImportField | 'ignore') => void }) {
  const headingId = useId();
  const { table } = props;
  return (
    <section className="import-section" aria-labelledby={headingId}>
      <h3 id={headingId}>2. Columns</h3>
      <p className="muted">Recognised columns are already chosen. Change any of them, or ignore a column.</p>
      <table className="import-mapping">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">First values</th>
            <th scope="col">Imported as</th>
          </tr>
        </thead>
        <tbody>
          {table.headers.map((_, index) => {
            const name = columnName(table.headers, index);
            const field = props.mapping[index] ?? 'ignore';
            return (
              <tr key={index}>
                <th scope="row">{name}</th>
                <td className="muted import-samples">{samples(table, index)}</td>
                <td>
                  <select aria-label={`${name} maps to`} value={field} onChange={(e) => props.onChange(index, e.target.value as ImportField | 'ignore')}>
                    <option value="ignore">Ignore</option>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {FIELD_LABELS[f]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.problems.map((problem) => (
        <p key={problem} role="alert" className="error">
          {problem}
        </p>
      ))}
    </section>
  );
}
