// The fields of one credit, edited as a draft and saved in one step ("Save Changes"), so that typing a name
// is one undo step and one history entry, not one per keystroke. Fields the user has not touched follow the
// stored credit, so an undo elsewhere shows through. Leaving the credit with unsaved typing asks first (Save,
// Discard or Keep Editing), as closing a production with unsaved changes does: nothing typed vanishes unasked.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ChoiceDialog } from '../../app/Modal';
import { guardLeavingCredit } from '../../app/selection';
import type { Credit, Episode } from '../../../../shared/model/types';
import { updateCredit, type CreditFields, type SubjectChoice } from '../../db/repositories/credits';
import { EpisodeScope } from './EpisodeScope';
import { PlacementField } from './PlacementField';
import { SubjectField } from './SubjectField';
import { TitleField } from './TitleField';
import type { CreditData } from './use-credit-data';

type Draft = Partial<Omit<CreditFields, 'billing'>> & { billing?: string; subject?: SubjectChoice };

export function CreditDetailsForm(props: {
  docId: string;
  credit: Credit;
  data: CreditData;
  series: boolean;
  episodes: readonly Episode[];
  locked: boolean;
  onError: (error: unknown) => void;
}) {
  const { credit, data } = props;
  const [draft, setDraft] = useState<Draft>({});
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  const set = (patch: Draft) => setDraft((d) => ({ ...d, ...patch }));
  const value = <K extends keyof Draft>(key: K, stored: NonNullable<Draft[K]>): NonNullable<Draft[K]> => (draft[key] ?? stored) as NonNullable<Draft[K]>;
  const dirty = Object.keys(draft).length > 0;
  const title = data.titleById.get(value('titleId', credit.titleId));

  /** Saves the draft; false when it was refused (the reason is shown) or there was nothing to save. */
  const commit = async (): Promise<boolean> => {
    if (!dirty || saving) return false;
    const { subject, billing, ...rest } = draft;
    const fields: Partial<CreditFields> = { ...rest };
    if (billing !== undefined) {
      const n = Number(billing.trim());
      if (billing.trim() === '' || !Number.isFinite(n)) {
        setProblem('The billing position must be a number.');
        return false;
      }
      fields.billing = n;
    }
    setSaving(true);
    try {
      await updateCredit(props.docId, credit.id, fields, subject);
      setDraft({});
      setProblem('');
      return true;
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      return false;
    } finally {
      setSaving(false);
    }
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    await commit();
  };

  // While there is unsaved typing, choosing another credit (or closing the editor) waits for the user's answer.
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const lastFocus = useRef<HTMLElement | null>(null);
  useEffect(() => (dirty ? guardLeavingCredit((leave) => setLeaving(() => leave)) : undefined), [dirty]);
  const answer = async (choice: 'save' | 'discard' | 'keep' | 'cancel') => {
    const leave = leaving;
    setLeaving(null);
    if (choice === 'discard') {
      setDraft({});
      setProblem('');
      leave?.();
    } else if (choice === 'save' && (await commit())) {
      leave?.();
    } else {
      // Back to the field the user was typing in (or the form's first one), not to the list.
      const back = lastFocus.current?.isConnected ? lastFocus.current : form.current?.querySelector<HTMLElement>('input, select, textarea');
      back?.focus();
    }
  };

  return (
    <>
      <form ref={form} className="credit-details" aria-label="Credit details" onSubmit={save} onFocus={(e) => (lastFocus.current = e.target as HTMLElement)}>
        <fieldset disabled={props.locked}>
          <SubjectField docId={props.docId} data={data} value={draft.subject ?? credit.subject} onChange={(subject) => set({ subject })} onError={props.onError} />
          <TitleField data={data} value={value('titleId', credit.titleId)} onChange={(titleId) => set({ titleId })} />
          <div className="field-row">
            <PlacementField value={value('placement', credit.placement)} onChange={(placement) => set({ placement })} />
            <label>
              Billing position
              <input inputMode="decimal" value={value('billing', String(credit.billing))} onChange={(e) => set({ billing: e.target.value })} maxLength={20} />
            </label>
          </div>
          <label>
            Credited as
            <input value={value('creditedAs', credit.creditedAs)} dir="auto" onChange={(e) => set({ creditedAs: e.target.value })} maxLength={2000} placeholder="The person’s name" />
          </label>
          <label>
            Character
            <input value={value('character', credit.character)} dir="auto" onChange={(e) => set({ character: e.target.value })} maxLength={2000} placeholder="For cast credits" />
          </label>
          <div className="field-row">
            <label className="inline">
              <input type="checkbox" checked={value('uncredited', credit.uncredited)} onChange={(e) => set({ uncredited: e.target.checked })} />
              Uncredited (kept on record, off the roll)
            </label>
            <label className="inline">
              <input type="checkbox" checked={value('pgaMark', credit.pgaMark)} onChange={(e) => set({ pgaMark: e.target.checked })} />
              p.g.a. mark
            </label>
          </div>
          {value('pgaMark', credit.pgaMark) && title && !title.pgaEligible && <p className="warn">The p.g.a. mark only follows “Produced by” or “Producer” credits; it will not show on this one.</p>}
          {value('pgaMark', credit.pgaMark) && props.series && <p className="warn">The p.g.a. mark is not used on television credits.</p>}
          <label>
            Writing team
            <input value={value('teamId', credit.teamId)} dir="auto" onChange={(e) => set({ teamId: e.target.value })} maxLength={100} aria-describedby={`team-hint-${credit.id}`} />
          </label>
          <span id={`team-hint-${credit.id}`} className="muted field-hint">
            Writers with the same team are joined with “&amp;”; separate writers with “and”.
          </span>
          {props.series && <EpisodeScope episodes={props.episodes} value={value('episodes', credit.episodes)} onChange={(episodes) => set({ episodes })} />}
          <label>
            Contractual notes
            <textarea rows={3} value={value('contractNotes', credit.contractNotes)} dir="auto" onChange={(e) => set({ contractNotes: e.target.value })} maxLength={100_000} />
          </label>
        </fieldset>
        {credit.status === 'approved' && dirty && <p className="warn">Changing who is credited, as what, or where withdraws the approval; billing and notes do not.</p>}
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        <div className="button-row">
          <button type="button" disabled={!dirty || saving} onClick={() => (setDraft({}), setProblem(''))}>
            Discard Changes
          </button>
          <button type="submit" className="primary" disabled={!dirty || saving || props.locked}>
            Save Changes
          </button>
        </div>
      </form>
      {leaving && (
        <ChoiceDialog
          title="Unsaved changes"
          message="This credit’s details have changes that are not saved yet."
          choices={[
            { value: 'keep', label: 'Keep Editing' },
            { value: 'discard', label: 'Discard Changes' },
            { value: 'save', label: 'Save Changes', primary: true },
          ]}
          onChoose={(choice) => void answer(choice)}
        />
      )}
    </>
  );
}
