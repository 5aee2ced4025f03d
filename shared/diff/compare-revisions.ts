// Comparisons inside one production: two revisions, or a revision and the current credits. Returns the labels the
// report needs too, so the UI, the IPC export and the CLI word them the same way.
import type { Revision, RollcallDocument } from '../model/types';
import { findRevision } from '../revisions/lookup';
import { materialiseRevision } from '../revisions/materialise';
import { creditsStateOf, type CreditsState } from '../revisions/state';
import { compareStates } from './compare';
import type { ReportLabels } from './report';
import type { Comparison } from './types';

/** A revision (id, name or object), or null for the document's current credits. */
export type StateRef = string | Revision | null;

export const CURRENT_LABEL = 'Current credits';

export function revisionLabel(revision: Revision): string {
  return `${revision.name} (${revision.createdAt.slice(0, 10)})`;
}

export function stateAndLabel(document: RollcallDocument, ref: StateRef): { state: CreditsState; label: string } {
  if (ref === null) return { state: creditsStateOf(document), label: CURRENT_LABEL };
  const revision = findRevision(document, ref);
  return { state: materialiseRevision(document, revision), label: revisionLabel(revision) };
}

export function compareInDocument(document: RollcallDocument, before: StateRef, after: StateRef): { comparison: Comparison; labels: ReportLabels } {
  const a = stateAndLabel(document, before);
  const b = stateAndLabel(document, after);
  return {
    comparison: compareStates(a.state, b.state, { kind: document.production.kind }),
    labels: { productionTitle: b.state.productionTitle, beforeLabel: a.label, afterLabel: b.label },
  };
}
