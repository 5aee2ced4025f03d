// The harness itself: it launches, the start page shows, a channel round-trips through the real dispatcher,
// bad requests and foreign senders are refused, and the page has no Node or Electron in reach.
import { expect, test } from '@playwright/test';
import { launchApp, HARNESS_ORIGIN, type RunningApp } from './harness';
import { harnessOnly, onHarnessHost, userNameOf } from './harness-only';

let app: RunningApp;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => {
  await app.close();
});

test('launches to the start page', async () => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Rollcall', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create Production' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Production…' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recent productions' })).toBeVisible();
  await expect(page).toHaveTitle('Rollcall');
});

test('a channel round-trips through the real handlers', async () => {
  const info = await app.page.evaluate(() => window.rollcall.app.info({}));
  expect(info).toEqual({ ok: true, data: expect.objectContaining({ name: 'Rollcall', userName: userNameOf(app) }) });
  const recent = await app.page.evaluate(() => window.rollcall.documents.recent({}));
  expect(recent).toEqual({ ok: true, data: { items: [] } });
});

test('a malformed payload gets a typed error, and nothing runs', async () => {
  const result = await app.page.evaluate(() =>
    (window.rollcall.documents.new as (r: unknown) => Promise<unknown>)({ title: 42, kind: 'opera' }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  const opened = await app.page.evaluate(() => (window.rollcall.app.openExternal as (r: unknown) => Promise<unknown>)({ url: 'file:///etc/passwd' }));
  expect(opened).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  await onHarnessHost(app, 'nothing was opened outside the app', (host) => expect(host.externalUrls).toEqual([]));
});

test('requests from a subframe or another origin are refused', async () => {
  harnessOnly('binding');
  const { page } = app;
  // A frame of our own origin that is not the main frame (a page without the app's frame-ancestors policy).
  await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.src = '/probe-frame.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r));
  });
  const sub = page.frames().find((f) => f !== page.mainFrame());
  expect(sub?.url()).toBe(`${HARNESS_ORIGIN}/probe-frame.html`);
  const fromFrame = await sub!.evaluate(() => (window as unknown as { __rollcallInvoke(c: string, p: unknown): Promise<unknown> }).__rollcallInvoke('app:info', {}));
  expect(fromFrame).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  // A page of another origin in the same browser.
  const other = await page.context().newPage();
  await other.route('https://elsewhere.example/**', (route) => route.fulfill({ body: '<title>x</title>', contentType: 'text/html' }));
  await other.goto('https://elsewhere.example/');
  const fromElsewhere = await other.evaluate(() => (window as unknown as { __rollcallInvoke(c: string, p: unknown): Promise<unknown> }).__rollcallInvoke('app:info', {}));
  expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  expect(other.url()).not.toContain(HARNESS_ORIGIN);
});

test('the page has no require, process or ipcRenderer', async () => {
  const globals = await app.page.evaluate(() => ({
    require: typeof (window as unknown as Record<string, unknown>).require,
    process: typeof (window as unknown as Record<string, unknown>).process,
    ipcRenderer: typeof (window as unknown as Record<string, unknown>).ipcRenderer,
    rollcallKeys: Object.keys(window.rollcall).sort(),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.ipcRenderer).toBe('undefined');
  expect(globals.rollcallKeys).toContain('documents');
  expect(globals.rollcallKeys).not.toContain('send');
  expect(globals.rollcallKeys).not.toContain('invoke');
});

test('an unknown channel is refused', async () => {
  harnessOnly('binding');
  const result = await app.page.evaluate(() => (window as unknown as { __rollcallInvoke(c: string, p: unknown): Promise<unknown> }).__rollcallInvoke('fs:readFile', { path: '/etc/passwd' }));
  expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
});
