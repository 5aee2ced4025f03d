// Builds `window.rollcall` from the contract: one function per channel, grouped by domain
// (`rollcall.documents.open(req)`), and `rollcall.events.on(name, listener)` returning an unsubscribe function.
// The preload passes ipcRenderer.invoke; the test harness passes a Playwright binding. Neither exposes a generic
// send: the transport is captured in the closure and only contract channels can be called.
import type { z } from 'zod';
import type { Result } from './result';
import { channelNames, type ChannelName, type RequestOf, type ResponseOf } from './contract';
import type { EventName, eventSchemas } from './app';

type Invoke = (channel: ChannelName, payload: unknown) => Promise<Result<unknown>>;
type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

type SplitChannel<C extends string> = C extends `${infer D}:${infer M}` ? [D, M] : never;
type Domains = SplitChannel<ChannelName>[0];
type MethodsOf<D extends string> = {
  [C in ChannelName as SplitChannel<C>[0] extends D ? SplitChannel<C>[1] : never]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

export type RollcallApi = { [D in Domains]: MethodsOf<D> } & {
  events: { on<E extends EventName>(event: E, listener: (payload: z.infer<(typeof eventSchemas)[E]>) => void): () => void };
};

export function buildApi(invoke: Invoke, subscribe: Subscribe): RollcallApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of channelNames) {
    const [domain, method] = name.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][method] = (request: unknown) => invoke(name, request);
  }
  api.events = { on: (event: EventName, listener: (payload: unknown) => void) => subscribe(event, listener) };
  return api as unknown as RollcallApi;
}
