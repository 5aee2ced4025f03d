import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../electron/security/external-links';
import { isTrustedSender } from '../../../electron/security/sender';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';
import { isAppUrl } from '../../../electron/security/navigation';
import { resolveAppFile, APP_ORIGIN } from '../../../electron/security/app-protocol';
import { documentPathsFromArgv } from '../../../electron/launch-args';

describe('openExternal allow-list', () => {
  it.each(['https://www.pga.org/', 'http://example.com/path?q=1', 'https://endcrawl.com/#docs'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'app://rollcall/index.html',
    'data:text/html,<script>',
    'https://user:secret@example.com/',
    'not a url',
    '',
    'ms-msdt:/id PCWDiagnostic',
    'https://',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('IPC sender check', () => {
  const trusted = [APP_ORIGIN];
  it('accepts our own main frame', () => {
    expect(isTrustedSender({ url: 'app://rollcall/index.html', isMainFrame: true }, trusted)).toBe(true);
  });
  it('refuses a subframe of our own origin', () => {
    expect(isTrustedSender({ url: 'app://rollcall/index.html', isMainFrame: false }, trusted)).toBe(false);
  });
  it.each(['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', 'about:blank', '', 'app://rollcall.evil/'])('refuses %s', (url) => {
    expect(isTrustedSender({ url, isMainFrame: true }, trusted)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  it('defaults to nothing and allows scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });
  it('never allows eval, inline script or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });
});

describe('navigation and the app protocol', () => {
  it('keeps navigation inside the app origin', () => {
    expect(isAppUrl('app://rollcall/index.html#x', APP_ORIGIN)).toBe(true);
    expect(isAppUrl('https://rollcall/', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('file:///index.html', APP_ORIGIN)).toBe(false);
  });
  it('serves files only from inside the renderer folder', () => {
    const root = '/opt/rollcall/out/renderer';
    expect(resolveAppFile(root, 'app://rollcall/')).toBe(`${root}/index.html`);
    expect(resolveAppFile(root, 'app://rollcall/assets/index.js')).toBe(`${root}/assets/index.js`);
    expect(resolveAppFile(root, 'app://rollcall/..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
  });
  it('takes only .rollcall files from a launch command line', () => {
    expect(documentPathsFromArgv(['/usr/bin/rollcall', '--enable-features=x', '/home/a/Night Train.rollcall', 'notes.txt'])).toEqual(['/home/a/Night Train.rollcall']);
  });
});
