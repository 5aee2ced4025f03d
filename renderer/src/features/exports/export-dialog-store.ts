// Whether the Export dialog is open. A tiny store outside React, so that File > Export (handled in App.tsx, which
// also switches to the Roll & Export panel) and the panel's own Export… button open the same dialog.
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

function setOpen(value: boolean): void {
  if (open === value) return;
  open = value;
  listeners.forEach((l) => l());
}

export const openExportDialog = (): void => setOpen(true);
export const closeExportDialog = (): void => setOpen(false);

export function useExportDialogOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
