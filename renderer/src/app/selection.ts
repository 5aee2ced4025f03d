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

/** Asked before the selection moves to another credit: it calls `leave` once the user agrees (or never). */
type LeaveGuard = (leave: () => void) => void;
let leaveGuard: LeaveGuard | null = null;

/**
 * Lets the open credit's editor hold a change of selection while it has unsaved typing: the editor asks the user
 * and then moves on or stays. Returns the function that takes the guard away again.
 */
export function guardLeavingCredit(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

function select(id: string | null): void {
  selectedCreditId = id;
  requestSerial++;
  emit();
}

/**
 * Selects a credit (null clears the selection). While the open credit has unsaved changes, its editor is asked
 * first; `discard: true` skips that (the credit has just been removed, so its draft has nothing to save to).
 */
export function selectCredit(id: string | null, options: { discard?: boolean } = {}): void {
  const guard = leaveGuard;
  if (guard && !options.discard && id !== selectedCreditId) guard(() => select(id));
  else select(id);
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
