// Runs in the page before the app's scripts, in place of Electron's preload: builds window.rollcall from the same
// contract with the same builder, over a Playwright binding that reaches the real handlers in the test process.
import { buildApi } from '../../shared/ipc/bridge';
import type { EventName } from '../../shared/ipc/app';
import type { Result } from '../../shared/ipc/result';

type Binding = (channel: string, payload: unknown) => Promise<Result<unknown>>;
const w = window as unknown as { __rollcallInvoke: Binding; __rollcallEmit?: (event: string, payload: unknown) => void; rollcall?: unknown };
const listeners = new Map<string, Set<(payload: unknown) => void>>();

w.__rollcallEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

w.rollcall = buildApi(
  (channel, payload) => w.__rollcallInvoke(channel, payload),
  (event: EventName, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
);
