// The preview, recomputed a moment after the list or a decision changes: one computation at a time, the newest
// question waiting behind it, older answers dropped. The last preview stays on screen (marked busy) meanwhile.
import { useEffect, useRef, useState } from 'react';
import type { RollcallDocument } from '../../../../shared/model/types';
import { readDocument } from '../../db/working-copy';
import type { PlanOptions } from './import-draft';
import type { PreviewClient, PreviewInputs } from './preview-client';
import type { PreviewData } from './preview-protocol';

const DEBOUNCE_MS = 200;

export interface PreviewState {
  preview: PreviewData | null;
  busy: boolean;
  error: string | null;
}

export function useImportPreview(client: PreviewClient, inputs: PreviewInputs | null, plan: PlanOptions | null): PreviewState {
  const [state, setState] = useState<PreviewState>({ preview: null, busy: false, error: null });
  const generation = useRef(0);
  const waiting = useRef<{ inputs: PreviewInputs; plan: PlanOptions; generation: number } | null>(null);
  const running = useRef(false);

  const pump = async () => {
    if (running.current || !waiting.current) return;
    const job = waiting.current;
    waiting.current = null;
    running.current = true;
    try {
      const preview = await client.preview(job.inputs, job.plan);
      if (job.generation === generation.current) setState({ preview, busy: false, error: null });
    } catch (error) {
      if (job.generation === generation.current) setState({ preview: null, busy: false, error: error instanceof Error ? error.message : String(error) });
    } finally {
      running.current = false;
      void pump();
    }
  };

  useEffect(() => {
    const current = ++generation.current;
    if (!inputs || !plan) {
      waiting.current = null;
      setState({ preview: null, busy: false, error: null });
      return;
    }
    setState((s) => (s.busy ? s : { ...s, busy: true }));
    const timer = setTimeout(() => {
      waiting.current = { inputs, plan, generation: current };
      void pump();
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, inputs, plan]);

  return state;
}

/** The production as a document, read again after every edit (`version` changes), only while `enabled`. */
export function useWorkingDocument(docId: string, version: string, enabled: boolean): RollcallDocument | null {
  const [document, setDocument] = useState<RollcallDocument | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    readDocument(docId).then(
      (d) => live && setDocument(d),
      () => live && setDocument(null),
    );
    return () => {
      live = false;
    };
  }, [docId, version, enabled]);
  return enabled ? document : null;
}
