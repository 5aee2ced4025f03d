// "Export Comparison…": PDF (to send with "v7 attached") or plain text (to paste into an email). Main asks where
// to save, renders the report from the two credits states and writes the file.
import { useState } from 'react';
import { rollcall, unwrap } from '../../api';
import { Modal } from '../../app/Modal';
import type { ComparisonResult } from './compare-sides';

export function ExportComparisonDialog(props: { result: ComparisonResult; onDone: (message: string | null) => void; onError: (error: unknown) => void }) {
  const [format, setFormat] = useState<'pdf' | 'txt'>('pdf');
  const [busy, setBusy] = useState(false);
  const { result } = props;

  const run = async () => {
    setBusy(true);
    try {
      const saved = await unwrap(
        rollcall().revisions.exportComparison({
          format,
          source: { kind: 'states', before: result.before, after: result.after, labels: result.labels, productionKind: result.kind },
        }),
      );
      props.onDone(`Exported the comparison to ${saved.fileName}.`);
    } catch (error) {
      setBusy(false);
      props.onError(error);
    }
  };

  return (
    <Modal title="Export Comparison" onCancel={() => props.onDone(null)}>
      <fieldset className="comparison-format">
        <legend>Format</legend>
        <label className="inline">
          <input type="radio" name="comparison-format" value="pdf" checked={format === 'pdf'} onChange={() => setFormat('pdf')} />
          PDF document
        </label>
        <label className="inline">
          <input type="radio" name="comparison-format" value="txt" checked={format === 'txt'} onChange={() => setFormat('txt')} />
          Plain text
        </label>
      </fieldset>
      <div className="button-row">
        <button type="button" onClick={() => props.onDone(null)}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void run()} data-autofocus>
          Export…
        </button>
      </div>
    </Modal>
  );
}
