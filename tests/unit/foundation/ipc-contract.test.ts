// Every channel refuses what its schema refuses, before any handler runs, and refuses foreign senders.
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/documents/index';
import { createDispatcher, type Dispatcher, type HandlerMap } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { channelNames, contract } from '../../../shared/ipc/contract';
import { HarnessHost } from '../../e2e/harness-host';

const ORIGIN = 'app://rollcall';
const SENDER = { url: `${ORIGIN}/index.html`, isMainFrame: true };
let dir: string;
let dispatcher: Dispatcher;
const calls: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rollcall-ipc-'));
  const host = new HarnessHost(dir);
  const real = createHandlers({ host, documents: new DocumentService(host) });
  // Record which handlers run, then refuse to do anything: the property is about what reaches them.
  const spied = Object.fromEntries(
    Object.keys(real).map((name) => [name, async () => {
      calls.push(name);
      throw new Error('handler reached');
    }]),
  ) as unknown as HandlerMap;
  dispatcher = createDispatcher(spied, { trustedOrigins: [ORIGIN] });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the IPC contract', () => {
  it('has a handler for every channel and a channel for every handler', async () => {
    const host = new HarnessHost(dir);
    const handlers = createHandlers({ host, documents: new DocumentService(host) });
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });

  it('refuses every payload its schema refuses, with a typed error, before the handler runs', async () => {
    const channelArb = fc.constantFrom(...channelNames);
    await fc.assert(
      fc.asyncProperty(channelArb, fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), async (channel, payload) => {
        const valid = contract[channel].request.safeParse(payload).success;
        fc.pre(!valid);
        calls.length = 0;
        const result = await dispatcher.dispatch(channel, SENDER, payload);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('INVALID_REQUEST');
          expect(result.error.message).toMatch(/^The request was not in the expected form/);
        }
        expect(calls).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses foreign senders on every channel whatever the payload', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channelNames),
        fc.anything(),
        fc.oneof(
          fc.record({ url: fc.webUrl(), isMainFrame: fc.boolean() }),
          fc.record({ url: fc.constant(`${ORIGIN}/index.html`), isMainFrame: fc.constant(false) }),
        ),
        async (channel, payload, sender) => {
          calls.length = 0;
          const result = await dispatcher.dispatch(channel, sender, payload);
          expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
          expect(calls).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses unknown channel names', async () => {
    for (const name of ['fs:read', '__proto__', 'constructor', 'toString', '', 42]) {
      const result = await dispatcher.dispatch(name, SENDER, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('turns an unexpected failure into a sentence without details', async () => {
    const result = await dispatcher.dispatch('app:info', SENDER, {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/nothing was changed/) } });
  });
});
