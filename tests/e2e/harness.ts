// The end-to-end harness: a real Chromium (no Electron binary needed) loading the built renderer from its own
// origin, served by a loopback HTTP server in the test's Node process with the CSP the app:// protocol sends, with
// window.rollcall bridged to the real main-process handlers through the same validating dispatcher, against real
// temporary folders.
// When an Electron binary is installed and ROLLCALL_E2E_ELECTRON=1, the same specs drive the real app instead.
import { chromium, _electron, type BrowserContext, type Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DocumentService } from '../../electron/documents/index';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { contentTypeOf, resolveAppFile } from '../../electron/security/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp';
import { findChromium, HEADLESS_FLAGS } from '../../electron/platform/find-chromium';
import { HarnessHost } from './harness-host';
import { electronBinary } from '../../scripts/electron-binary.mjs';

const HARNESS_HOST = 'rollcall.harness';
/**
 * One fixed origin whatever the server's port (Chromium maps the host to the loopback port), so IndexedDB survives
 * a relaunch on the same profile as the app's does; treated as secure, as app:// is.
 */
export const HARNESS_ORIGIN = `http://${HARNESS_HOST}`;
/** Answers larger than this are fetched by the page over loopback instead of crossing the DevTools pipe. */
const INLINE_ANSWER_CHARS = 64 * 1024;
const ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERER_DIR = path.join(ROOT, 'out/renderer');
const BRIDGE = path.join(ROOT, 'out/harness/page-bridge.js');

export interface LaunchOptions {
  /** Folder for this app's state (user data and browser profile); a new temporary one when omitted. */
  dataDir?: string;
  /** A .rollcall file handed to the app as if on its command line. */
  openFile?: string;
}

export interface Dialogs {
  /** The next Open dialog answers this path (null: the user cancels). */
  nextOpen(file: string | null): Promise<void>;
  /** The next Save dialog answers this path (null: the user cancels). */
  nextSave(file: string | null): Promise<void>;
}

export interface RunningApp {
  page: Page;
  dataDir: string;
  dialogs: Dialogs;
  /** Present in the Chromium harness: the host, for assertions on what the app asked of it. */
  host: HarnessHost | null;
  /** Sends a main-process event, as a menu click or a second launch would. */
  emit(event: string, payload: unknown): Promise<void>;
  /** Hands a file to the running app as a second launch would. */
  handOver(file: string): Promise<void>;
  /** Closes the app normally. */
  close(): Promise<void>;
  /** Ends the app abruptly, as a crash would: nothing gets a chance to save. */
  kill(): Promise<void>;
}

export { electronBinary };

export async function launchApp(options: LaunchOptions = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'rollcall-e2e-')));
  if (process.env.ROLLCALL_E2E_ELECTRON === '1') return launchElectron(dataDir, options);
  if (!existsSync(path.join(RENDERER_DIR, 'index.html')) || !existsSync(BRIDGE)) {
    throw new Error('The app is not built: run `npm run build` (npm test does it first).');
  }
  const executablePath = await findChromium();
  if (!executablePath) throw new Error('No Chromium found: install one (apt-get install chromium) or set CHROMIUM_PATH.');

  const userDataDir = path.join(dataDir, 'user-data');
  await mkdir(userDataDir, { recursive: true });
  const host = new HarnessHost(userDataDir);
  const documents = new DocumentService(host);
  if (options.openFile) documents.addPending([options.openFile]);
  const dispatcher = createDispatcher(createHandlers({ host, documents }), {
    trustedOrigins: [HARNESS_ORIGIN],
    log: (error) => console.error('[harness] handler failed', error),
  });

  const server = await serveApp();
  const profileDir = path.join(dataDir, 'chromium-profile');
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: [
      ...HEADLESS_FLAGS,
      `--host-resolver-rules=MAP ${HARNESS_HOST}:80 127.0.0.1:${server.port}`,
      `--unsafely-treat-insecure-origin-as-secure=${HARNESS_ORIGIN}`,
    ],
    viewport: { width: 1360, height: 860 },
  });
  host.context = context;
  const dispatchFrom = (source: { frame: import('playwright-core').Frame; page: Page }, channel: unknown, payload: unknown) =>
    dispatcher.dispatch(channel, { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }, payload);
  await context.exposeBinding('__rollcallInvoke', (source, channel: unknown, payload: unknown) => dispatchFrom(source, channel, payload));
  // The page bridge takes answers as JSON: a small one inline; a large one (an opened 20,000-credit production is
  // 13 MB) as a one-time ticket the page fetches from the loopback server, because the DevTools pipe took about a
  // second to carry it (Electron's structured clone takes a tenth of that).
  await context.exposeBinding('__rollcallInvokeJson', async (source, channel: unknown, payload: unknown) => {
    const json = JSON.stringify(await dispatchFrom(source, channel, payload));
    return json.length <= INLINE_ANSWER_CHARS ? json : { ticket: server.keep(json) };
  });
  await context.addInitScript({ path: BRIDGE });
  const page = context.pages()[0] ?? (await context.newPage());
  host.page = page;
  page.on('pageerror', (error) => console.error('[renderer]', error.message));
  await page.goto(`${HARNESS_ORIGIN}/index.html`);

  let closed = false;
  return {
    page,
    dataDir,
    host,
    dialogs: {
      nextOpen: async (file) => void host.openAnswers.push(file),
      nextSave: async (file) => void host.saveAnswers.push(file),
    },
    emit: async (event, payload) => {
      await page.evaluate(([e, p]) => (window as unknown as { __rollcallEmit(e: string, p: unknown): void }).__rollcallEmit(e, p), [event, payload] as const);
    },
    handOver: async (file) => {
      documents.addPending([file]);
      host.emit('documents:pending', {});
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await documents.closeAll();
      await context.close();
      await server.close();
    },
    kill: async () => {
      if (closed) return;
      closed = true;
      // SIGKILL the browser, found by its profile folder: nothing in the page gets a chance to save or clean up,
      // exactly as in a crash. The IndexedDB working copy stays as the last committed transaction left it.
      spawnSync('pkill', ['-KILL', '-f', profileDir]);
      // Main "dies" with it: its locks stay on disk, recognisable as stale, as a dead process's would be.
      documents.abandon();
      await context.close().catch(() => {});
      await server.close();
    },
  };
}

interface AppServer {
  port: number;
  /** Holds a large answer for one fetch of /__answer/<ticket>; returns the ticket. */
  keep(json: string): string;
  close(): Promise<void>;
}

/**
 * The built renderer over loopback HTTP, each file with the app's CSP (paths checked by the app protocol's own
 * resolveAppFile), plus one-time answers. Requests for any other host are refused, as are methods other than GET.
 */
async function serveApp(): Promise<AppServer> {
  const answers = new Map<string, string>();
  const server = http.createServer((request, response) => {
    void (async () => {
      if (request.headers.host !== HARNESS_HOST || request.method !== 'GET') {
        response.writeHead(403).end();
        return;
      }
      const ticket = /^\/__answer\/([0-9a-f-]{36})$/.exec(request.url ?? '')?.[1];
      if (ticket) {
        const json = answers.get(ticket);
        answers.delete(ticket);
        if (json === undefined) response.writeHead(404).end();
        else response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(json);
        return;
      }
      const file = resolveAppFile(RENDERER_DIR, `${HARNESS_ORIGIN}${request.url ?? '/'}`, HARNESS_HOST);
      const body = file ? await readFile(file).catch(() => null) : null;
      if (!file || !body) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      response.writeHead(200, { 'content-type': contentTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' }).end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    keep: (json) => {
      const ticket = randomUUID();
      answers.set(ticket, json);
      return ticket;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function launchElectron(dataDir: string, options: LaunchOptions): Promise<RunningApp> {
  const electronPath = electronBinary();
  if (!electronPath) throw new Error('ROLLCALL_E2E_ELECTRON=1 but no Electron binary is installed.');
  const queueFile = path.join(dataDir, 'dialogs.json');
  await writeFile(queueFile, JSON.stringify({ open: [], save: [] }));
  const app = await _electron.launch({
    executablePath: electronPath,
    args: [path.join(ROOT, 'out/main/main.cjs'), ...(options.openFile ? [options.openFile] : [])],
    env: { ...process.env, ROLLCALL_USER_DATA: path.join(dataDir, 'user-data'), ROLLCALL_TEST_DIALOGS: queueFile },
  });
  const page = await app.firstWindow();
  const push = async (kind: 'open' | 'save', file: string | null) => {
    const queue = JSON.parse(await readFile(queueFile, 'utf8')) as Record<string, (string | null)[]>;
    queue[kind].push(file);
    await writeFile(queueFile, JSON.stringify(queue));
  };
  return {
    page,
    dataDir,
    host: null,
    dialogs: { nextOpen: (f) => push('open', f), nextSave: (f) => push('save', f) },
    emit: async (event, payload) => {
      await app.evaluate(({ BrowserWindow }, [e, p]) => BrowserWindow.getAllWindows()[0]?.webContents.send(e, p), [event, payload] as const);
    },
    handOver: async () => {
      throw new Error('handOver is not available against the real Electron app');
    },
    close: () => app.close(),
    kill: async () => {
      app.process().kill('SIGKILL');
    },
  };
}
