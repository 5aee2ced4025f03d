// What can be compared: any saved revision, the current credits, or another production file the user chose.
// A side is named by a short value for the menus ("current", "rev:<id>", "file:<n>") and turned into a credits
// state with the label the report uses.
import { compareStates, CURRENT_LABEL, revisionLabel, type Comparison, type ReportLabels } from '../../../../shared/diff';
import type { ProductionKind, RollcallDocument } from '../../../../shared/model/types';
import { creditsStateOf, findRevision, materialiseRevision, type CreditsState } from '../../../../shared/revisions';

export type SideValue = 'current' | `rev:${string}` | `file:${number}`;

export interface OtherFile {
  displayName: string;
  document: RollcallDocument;
}

export interface ComparisonResult {
  comparison: Comparison;
  labels: ReportLabels;
  before: CreditsState;
  after: CreditsState;
  kind: ProductionKind;
  beforeSide: SideValue;
  afterSide: SideValue;
  /** The production's updatedAt when compared: a comparison with the current credits goes stale after an edit. */
  version: string;
}

function side(document: RollcallDocument, files: readonly OtherFile[], value: SideValue): { state: CreditsState; label: string } {
  if (value === 'current') return { state: creditsStateOf(document), label: CURRENT_LABEL };
  if (value.startsWith('rev:')) {
    const revision = findRevision(document, value.slice(4));
    return { state: materialiseRevision(document, revision), label: revisionLabel(revision) };
  }
  const file = files[Number(value.slice(5))];
  if (!file) throw new Error('That production file is no longer loaded; choose it again.');
  return { state: creditsStateOf(file.document), label: file.displayName };
}

export function compareSides(document: RollcallDocument, files: readonly OtherFile[], beforeSide: SideValue, afterSide: SideValue, note: string): ComparisonResult {
  const a = side(document, files, beforeSide);
  const b = side(document, files, afterSide);
  const kind = document.production.kind;
  return {
    comparison: compareStates(a.state, b.state, { kind }),
    labels: { productionTitle: b.state.productionTitle, beforeLabel: a.label, afterLabel: b.label, note },
    before: a.state,
    after: b.state,
    kind,
    beforeSide,
    afterSide,
    version: document.production.updatedAt,
  };
}
