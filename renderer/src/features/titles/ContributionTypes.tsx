// The kinds of contribution a credit can record. Creative, financial and logistical are built in; a production can
// add its own ("Research", "Guest booking"), rename them, and remove one no contribution uses.
import { useState } from 'react';
import type { ContributionType } from '../../../../shared/model/types';
import { addContributionType, removeContributionType, renameContributionType } from '../../db/repositories/titles';
import { RenameDialog } from './TitleEditor';

export function ContributionTypes(props: { docId: string; types: readonly ContributionType[]; onError: (error: unknown) => void; onDone: (text: string) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [renaming, setRenaming] = useState<ContributionType | null>(null);
  const sorted = [...props.types].sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.name.localeCompare(b.name));

  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const type = await addContributionType(props.docId, name);
      setName('');
      setError('');
      props.onDone(`Added the contribution type “${type.name}”.`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section aria-labelledby="contribution-types-heading" className="titles-side-card">
      <h3 id="contribution-types-heading">Contribution types</h3>
      <ul className="plain-list" aria-label="Contribution types">
        {sorted.map((t) => (
          <li key={t.id}>
            <span className="type-name" dir="auto" title={t.name}>
              {t.name}
            </span>
            {t.builtIn ? (
              <span className="muted"> built in</span>
            ) : (
              <span className="type-actions">
                <button type="button" aria-label={`Rename ${t.name}`} onClick={() => setRenaming(t)}>
                  Rename
                </button>
                <button type="button" className="danger" aria-label={`Remove ${t.name}`} onClick={() => void removeContributionType(props.docId, t.id).then(() => props.onDone(`Removed “${t.name}”.`), props.onError)}>
                  Remove
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={add} noValidate className="inline-form">
        <label>
          New contribution type
          <input value={name} onChange={(e) => setName(e.target.value)} dir="auto" />
        </label>
        <button type="submit">Add Type</button>
      </form>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {renaming && (
        <RenameDialog
          title="Rename Contribution Type"
          label="Contribution type name"
          initial={renaming.name}
          onCancel={() => setRenaming(null)}
          onSave={async (next) => {
            await renameContributionType(props.docId, renaming.id, next);
            setRenaming(null);
          }}
        />
      )}
    </section>
  );
}
