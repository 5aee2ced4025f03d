// Editing the roll style: the preview follows every change at once through a local draft, while the working copy
// gets one edit (one undo step, one audit entry) per pause in typing rather than one per keystroke. Choices from a
// list are written straight away; typed numbers and dragged colours after a short pause, or when the field is left.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RollStyle } from '../../../../shared/model/types';
import { edit } from '../../db/edits';
import { CUSTOM_PRESET, PRESET_FIELDS } from './presets';

const TYPING_PAUSE_MS = 400;

export interface StyleEditor {
  /** The saved style with the draft over it: what the preview and the timing show. */
  style: RollStyle;
  /** Sets fields; `immediate` writes now (a list choice), otherwise after a pause in typing. */
  set: (patch: Partial<RollStyle>, options?: { immediate?: boolean; label?: string }) => void;
  /** Writes whatever is waiting (before an export, or when a field is left). */
  flush: () => Promise<void>;
}

const isPresetField = (key: string) => (PRESET_FIELDS as readonly string[]).includes(key);

export function useStyleEditor(docId: string, saved: RollStyle, report: (error: unknown) => void): StyleEditor {
  const [draft, setDraft] = useState<Partial<RollStyle>>({});
  const pending = useRef<Partial<RollStyle>>({});
  const label = useRef('Change roll style');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const savedRef = useRef(saved);
  savedRef.current = saved;

  // A draft value is dropped once the saved style has caught up with it, so the preview never flickers back.
  useEffect(() => {
    setDraft((d) => {
      const keys = Object.keys(d) as (keyof RollStyle)[];
      const left = keys.filter((k) => !Object.is(d[k], saved[k]));
      if (left.length === keys.length) return d;
      const next: Partial<RollStyle> = {};
      for (const k of left) (next as Record<string, unknown>)[k] = d[k];
      return next;
    });
  }, [saved]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const current = savedRef.current;
    const patch = pending.current;
    pending.current = {};
    const changed = (Object.keys(patch) as (keyof RollStyle)[]).filter((k) => !Object.is(patch[k], current[k]));
    const name = label.current;
    label.current = 'Change roll style';
    if (changed.length === 0) {
      setDraft((d) => {
        const next = { ...d };
        for (const k of Object.keys(patch) as (keyof RollStyle)[]) if (!(k in pending.current)) delete next[k];
        return next;
      });
      return;
    }
    try {
      await edit(docId, name, (w) => w.updateStyle((s) => ({ ...s, ...patch })));
      // Keys written: kept in the draft until the live query brings the saved style back with them.
      setDraft((d) => {
        const next = { ...d };
        for (const k of changed) if (Object.is(next[k], savedRef.current[k])) delete next[k];
        return next;
      });
    } catch (error) {
      setDraft((d) => {
        const next = { ...d };
        for (const k of changed) if (!(k in pending.current)) delete next[k];
        return next;
      });
      report(error);
    }
  }, [docId, report]);

  const flushRef = useRef(flush);
  flushRef.current = flush;

  const set = useCallback((patch: Partial<RollStyle>, options: { immediate?: boolean; label?: string } = {}) => {
    const full: Partial<RollStyle> = { ...patch };
    // A hand-made change to a field a preset sets makes the style custom; choosing a preset names itself.
    if (!('preset' in patch) && Object.keys(patch).some(isPresetField)) full.preset = CUSTOM_PRESET;
    pending.current = { ...pending.current, ...full };
    if (options.label) label.current = options.label;
    setDraft((d) => ({ ...d, ...full }));
    if (timer.current) clearTimeout(timer.current);
    if (options.immediate) void flushRef.current();
    else timer.current = setTimeout(() => void flushRef.current(), TYPING_PAUSE_MS);
  }, []);

  // Leaving the panel writes what is waiting.
  useEffect(() => () => void flushRef.current(), []);

  const style = useMemo(() => ({ ...saved, ...draft }), [saved, draft]);
  return { style, set, flush };
}
