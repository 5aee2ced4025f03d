// Electron security checklist 18, "Avoid usage of the file:// protocol": the renderer is served from the privileged
// custom scheme app://rollcall/, only from the built renderer folder, with the Content-Security-Policy header.
import type { CustomScheme, Protocol } from 'electron';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from './csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'rollcall';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Registered before ready: standard (relative URLs and origins work), secure (a secure context, as https), fetch
 * for the app's own files, and code caching. Never bypassCSP, CORS or service workers: nothing the app needs.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.map': 'application/json',
};

/** Maps a request URL to a file inside `root`, or null when it would escape the folder or names another host. */
export function resolveAppFile(root: string, requestUrl: string, host = APP_HOST): string | null {
  let pathname: string;
  try {
    const url = new URL(requestUrl);
    if (url.host !== host) return null;
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const file = path.resolve(root, '.' + pathname);
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return file;
}

export function contentTypeOf(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Every file goes out with the Content-Security-Policy, and its type is never sniffed from its bytes. */
export function appResponseHeaders(file: string): Record<string, string> {
  return { 'content-type': contentTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' };
}

/** The answer to one app:// request: a file of the built renderer, or 404 for anything else. Plain Node. */
export async function serveAppRequest(root: string, requestUrl: string): Promise<Response> {
  const file = resolveAppFile(root, requestUrl);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    return new Response(await readFile(file), { headers: appResponseHeaders(file) });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

export function registerAppProtocol(protocol: Protocol, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request.url));
}
