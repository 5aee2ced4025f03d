// Runs in the page before the app's scripts, in place of Electron's preload: builds window.rollcall from the same
// contract with the same builder, over a Playwright binding that reaches the real handlers in the test process.
// A large answer comes back as a one-time ticket, fetched from the harness's loopback server (same origin).
import { buildApi } from '../../shared/ipc/bridge';
import type { EventName } from '../../shared/ipc/app';
import type { Result } from '../../shared/ipc/result';

type JsonBinding = (channel: string, payload: unknown) => Promise<string | { ticket: string }>;
const w = window as unknown as { __rollcallInvokeJson: JsonBinding; __rollcallEmit?: (event: string, payload: unknown) => void; rollcall?: unknown };
const listeners = new Map<string, Set<(payload: unknown) => void>>();

w.__rollcallEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

w.rollcall = buildApi(
  async (channel, payload) => {
    const answer = await w.__rollcallInvokeJson(channel, payload);
    if (typeof answer === 'string') return JSON.parse(answer) as Result<unknown>;
    const response = await fetch(`/__answer/${answer.ticket}`, { cache: 'no-store' });
    if (!response.ok) throw new Error(`The harness lost an answer (${response.status}).`);
    return (await response.json()) as Result<unknown>;
  },
  (event: EventName, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
);
