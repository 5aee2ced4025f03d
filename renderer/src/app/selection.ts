// Which credit the user is looking at, shared across panels: the checks panel (and anything else that links to a
// credit) calls selectCredit(id) and switches to the Credits panel, which reads useSelectedCredit() to scroll to
// and open that credit. A tiny external store rather than context, so setting it never re-renders the whole app.
import { useSyncExternalStore } from 'react';

let selectedCreditId: string | null = null;
/** Bumped on every selectCredit call, so selecting the same credit again still counts as a new request to show it. */
let requestSerial = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Selects a credit (null clears the selection). */
export function selectCredit(id: string | null): void {
  selectedCreditId = id;
  requestSerial++;
  emit();
}

export function getSelectedCredit(): string | null {
  return selectedCreditId;
}

/** The selected credit id, re-rendering when it changes. */
export function useSelectedCredit(): string | null {
  return useSyncExternalStore(subscribe, getSelectedCredit, getSelectedCredit);
}

/** Increments on each selectCredit call: a panel can scroll to the selection again when the same id is re-selected. */
export function useSelectionRequest(): number {
  return useSyncExternalStore(subscribe, () => requestSerial, () => requestSerial);
}
