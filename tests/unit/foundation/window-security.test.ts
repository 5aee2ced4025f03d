// The security settings main.ts installs, read from the pure modules it takes them from: the window's web
// preferences, the permission, navigation and window-open decisions, and the app:// scheme and its answers.
// (main.ts itself needs Electron's binary; the last block checks it takes its settings from these modules.)
import fc from 'fast-check';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, APP_SCHEME, APP_SCHEME_REGISTRATION, appResponseHeaders, serveAppRequest } from '../../../electron/security/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';
import { decideNavigation, decideWindowOpen } from '../../../electron/security/navigation';
import { allowDevice, allowPermission } from '../../../electron/security/permissions';
import { mainWindowOptions, preloadPathFor, secureWebPreferences } from '../../../electron/security/web-preferences';

const ROOT = path.resolve(__dirname, '../../..');
/** Where the bundled main runs from (scripts/build.mjs writes out/main/main.cjs and out/preload/preload.cjs). */
const MAIN_DIR = path.join(ROOT, 'out/main');

describe('the window’s web preferences', () => {
  const prefs = secureWebPreferences(MAIN_DIR);

  it('isolate the page: context isolation, sandbox, no Node.js anywhere, no <webview>', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('keep web security on and everything experimental or insecure off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
    expect(prefs).not.toHaveProperty('session');
  });

  it('name no setting beyond these, so that a new one is added here on purpose', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('load the app’s own bundled preload, inside the app', async () => {
    expect(path.isAbsolute(prefs.preload!)).toBe(true);
    expect(prefs.preload).toBe(path.join(ROOT, 'out/preload/preload.cjs'));
    const appDir = path.dirname(MAIN_DIR);
    const relative = path.relative(appDir, prefs.preload!);
    expect(relative.startsWith('..') || path.isAbsolute(relative)).toBe(false);
    // The same file the build writes.
    expect(await readFile(path.join(ROOT, 'scripts/build.mjs'), 'utf8')).toContain("'out/preload/preload.cjs'");
    // Packaged, main runs from inside app.asar; the preload stays beside it in the archive.
    expect(preloadPathFor('/opt/Rollcall/resources/app.asar/out/main')).toBe('/opt/Rollcall/resources/app.asar/out/preload/preload.cjs');
  });

  it('are what the main window is made with, hidden until ready to show', () => {
    const options = mainWindowOptions(MAIN_DIR);
    expect(options.webPreferences).toEqual(prefs);
    expect(options).toMatchObject({ show: false, title: 'Rollcall' });
    expect(options.minWidth).toBeLessThanOrEqual(options.width!);
  });
});

describe('permission requests', () => {
  const ELECTRON_PERMISSIONS = [
    'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection', 'media',
    'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal', 'speaker-selection',
    'storage-access', 'top-level-storage-access', 'window-management', 'unknown', 'fileSystem', 'hid', 'serial', 'usb', 'persistent-storage',
  ];

  it.each(ELECTRON_PERMISSIONS)('refuses %s, even to the app’s own page', (permission) => {
    expect(allowPermission({ permission, requestingUrl: `${APP_ORIGIN}/index.html` })).toBe(false);
    expect(allowPermission({ permission })).toBe(false);
  });

  it('refuses any permission from anyone, including ones Electron adds later', () => {
    fc.assert(fc.property(fc.string(), fc.option(fc.webUrl(), { nil: undefined }), (permission, requestingUrl) => !allowPermission({ permission, requestingUrl })));
  });

  it.each(['hid', 'serial', 'usb'])('refuses %s devices', (deviceType) => {
    expect(allowDevice({ deviceType, origin: APP_ORIGIN })).toBe(false);
  });
});

describe('navigation and new windows', () => {
  it.each([`${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html#/credits`, `${APP_ORIGIN}/?doc=1`])('stays within the app: %s', (url) => {
    expect(decideNavigation(url, APP_ORIGIN)).toBe('allow');
  });

  it.each([
    'https://example.com/',
    'http://rollcall/',
    'file:///etc/passwd',
    'app://rollcall.evil/index.html',
    'app://other/index.html',
    'app://user@rollcall/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://settings',
    'not a url',
    '',
  ])('never navigates away to %s', (url) => {
    expect(decideNavigation(url, APP_ORIGIN)).toBe('deny');
  });

  it('never navigates to any other origin', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => decideNavigation(url, APP_ORIGIN) === 'deny'));
  });

  it('opens no window; a safe web link goes to the user’s browser instead', () => {
    expect(decideWindowOpen('https://www.producersguild.org/')).toEqual({ action: 'deny', openExternally: 'https://www.producersguild.org/' });
    expect(decideWindowOpen('http://example.com/a?b=1')).toEqual({ action: 'deny', openExternally: 'http://example.com/a?b=1' });
  });

  it.each(['file:///etc/passwd', `${APP_ORIGIN}/index.html`, 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.com/', 'about:blank', ''])(
    'opens no window and nothing outside for %s',
    (url) => {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
    },
  );

  it('never opens a window, whatever the URL', () => {
    fc.assert(fc.property(fc.oneof(fc.webUrl(), fc.string()), (url) => decideWindowOpen(url).action === 'deny'));
  });
});

describe('the app:// scheme', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rollcall-app-protocol-'));
    await mkdir(path.join(root, 'renderer/assets'), { recursive: true });
    await writeFile(path.join(root, 'renderer/index.html'), '<!doctype html><title>Rollcall</title>');
    await writeFile(path.join(root, 'renderer/assets/index.js'), 'console.log(1)');
    await writeFile(path.join(root, 'secret.txt'), 'outside the renderer');
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('is registered secure and standard, and never bypasses the CSP', () => {
    expect(APP_SCHEME_REGISTRATION.scheme).toBe(APP_SCHEME);
    expect(APP_SCHEME_REGISTRATION.privileges).toEqual({ standard: true, secure: true, supportFetchAPI: true, codeCache: true });
    expect(APP_SCHEME_REGISTRATION.privileges?.bypassCSP).toBeUndefined();
  });

  it('serves the renderer’s files with the CSP, their type, and no sniffing', async () => {
    const response = await serveAppRequest(path.join(root, 'renderer'), `${APP_ORIGIN}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Rollcall</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await serveAppRequest(path.join(root, 'renderer'), `${APP_ORIGIN}/assets/index.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(appResponseHeaders('x.unknown')['content-type']).toBe('application/octet-stream');
  });

  it.each([`${APP_ORIGIN}/..%2Fsecret.txt`, `${APP_ORIGIN}/%2e%2e/secret.txt`, 'app://other/index.html', `${APP_ORIGIN}/missing.js`, `${APP_ORIGIN}/assets`])(
    'answers 404 to %s',
    async (url) => {
      const response = await serveAppRequest(path.join(root, 'renderer'), url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    },
  );
});

describe('main.ts', () => {
  it('takes the window’s options and the scheme from these modules instead of its own literals', async () => {
    const source = await readFile(path.join(ROOT, 'electron/main.ts'), 'utf8');
    expect(source).toContain('new BrowserWindow(mainWindowOptions(__dirname))');
    expect(source).toContain('protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION])');
    expect(source).toContain('denyAllPermissions(session.defaultSession)');
    expect(source).toMatch(/lockNavigation\(contents, APP_ORIGIN,/);
    for (const setting of ['contextIsolation', 'sandbox', 'nodeIntegration', 'webviewTag', 'webPreferences', 'privileges']) expect(source).not.toContain(setting);
  });
});
