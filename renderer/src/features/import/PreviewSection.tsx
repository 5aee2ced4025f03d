// The first rows as they will be imported: who each credit goes to (someone already in the production, someone
// from the directory, or a new person), its title, and what stops or troubles the row. Rows with problems further
// down the list follow, so every row that needs attention can be found here.
import { useId } from 'react';
import type { AnalysedRow } from '../../../../shared/import';
import { PLACEMENT_LABELS } from '../credits/format';
import type { PreviewData } from './preview-protocol';

const n = (count: number) => count.toLocaleString('en-GB');
const rows = (count: number) => `${n(count)} ${count === 1 ? 'row' : 'rows'}`;
const people = (count: number, adjective = '') => `${n(count)} ${adjective}${count === 1 ? 'person' : 'people'}`;

const STATUS_TEXT: Record<AnalysedRow['status'], string> = { ready: 'Ready', error: 'Cannot be imported', present: 'Already there, skipped' };

function whoText(row: AnalysedRow): string {
  if (row.company) return row.company.companyId ? 'Company in this production' : 'New company';
  if (!row.person) return '—';
  if (row.person.source === 'production') return `Matches “${row.person.name}” in this production`;
  if (row.person.source === 'directory') return `Matches “${row.person.name}” from your directory`;
  return 'New person';
}

function PreviewRow({ row }: { row: AnalysedRow }) {
  const shown = row.problems.filter((p) => p.code !== 'possible-person' || row.person?.source === 'new');
  return (
    <tr className={`import-row import-row-${row.status}`}>
      <td>{row.rowNumber}</td>
      <td dir="auto" className="import-name">
        {row.company ? row.company.name : row.writtenName || <span className="muted">(no name)</span>}
      </td>
      <td>{whoText(row)}</td>
      <td>
        {row.title ? (
          <>
            {row.title.name}
            {row.title.id ? '' : ' (new)'}
          </>
        ) : (
          '—'
        )}
        {row.character && <span className="muted"> as {row.character}</span>}
      </td>
      <td>{PLACEMENT_LABELS[row.placement]}</td>
      <td>{STATUS_TEXT[row.status]}</td>
      <td>
        {shown.length > 0 && (
          <ul className="import-problems">
            {shown.map((p, i) => (
              <li key={i} className={p.severity === 'error' ? 'error' : p.severity === 'warning' ? 'warn' : 'muted'}>
                {p.message}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function RowsTable({ label, rows: list }: { label: string; rows: AnalysedRow[] }) {
  return (
    <table className="import-preview" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Name</th>
          <th scope="col">Person</th>
          <th scope="col">Credit title</th>
          <th scope="col">Placement</th>
          <th scope="col">Status</th>
          <th scope="col">Problems</th>
        </tr>
      </thead>
      <tbody>
        {list.map((row) => (
          <PreviewRow key={row.index} row={row} />
        ))}
      </tbody>
    </table>
  );
}

export function PreviewSection({ preview, busy }: { preview: PreviewData; busy: boolean }) {
  const headingId = useId();
  const counts = [
    `${rows(preview.readyRows)} ready`,
    preview.errorRows ? `${rows(preview.errorRows)} with problems` : '',
    preview.presentRows ? `${rows(preview.presentRows)} already in the production` : '',
  ].filter(Boolean);
  const who = [
    preview.people.inProduction ? `${people(preview.people.inProduction)} already in the production` : '',
    preview.people.fromDirectory ? `${people(preview.people.fromDirectory)} from your directory` : '',
    preview.people.new ? people(preview.people.new, 'new ') : '',
  ].filter(Boolean);
  return (
    <section className="import-section" aria-labelledby={headingId} aria-busy={busy}>
      <h3 id={headingId}>Preview</h3>
      <p className="import-counts">
        {rows(preview.totalRows)}: {counts.join(', ')}.{who.length > 0 && ` Credits go to ${who.join(', ')}.`}
      </p>
      {preview.tableProblems.map((p, i) => (
        <p key={i} className={p.severity === 'error' ? 'error' : 'warn'}>
          {p.message}
        </p>
      ))}
      <div className={busy ? 'import-table-wrap import-stale' : 'import-table-wrap'}>
        <RowsTable label={preview.totalRows > preview.rows.length ? `The first ${n(preview.rows.length)} rows as they will be imported` : 'The rows as they will be imported'} rows={preview.rows} />
      </div>
      {preview.problemRows.length > 0 && (
        <>
          <h4>Further rows that need attention</h4>
          <div className="import-table-wrap">
            <RowsTable label="Further rows that need attention" rows={preview.problemRows} />
          </div>
        </>
      )}
    </section>
  );
}
