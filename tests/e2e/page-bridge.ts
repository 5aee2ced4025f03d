// Runs in the page before the app's scripts, in place of Electron's preload: builds window.rollcall from the same
// contract with the same builder, over a Playwright binding that reaches the real handlers in the test process.
import { buildApi } from '../../shared/ipc/bridge';
import type { EventName } from '../../shared/ipc/app';
import type { Result } from '../../shared/ipc/result';

type JsonBinding = (channel: string, payload: unknown) => Promise<string>;
const w = window as unknown as { __rollcallInvokeJson: JsonBinding; __rollcallEmit?: (event: string, payload: unknown) => void; rollcall?: unknown };
const listeners = new Map<string, Set<(payload: unknown) => void>>();

w.__rollcallEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

w.rollcall = buildApi(
  async (channel, payload) => JSON.parse(await w.__rollcallInvokeJson(channel, payload)) as Result<unknown>,
  (event: EventName, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
);
