// Electron security checklist 13 and 14, "Disable or limit navigation" and "Disable or limit creation of new
// windows": the window never leaves the app's own origin; links to the web go to the user's browser, after
// the same check as app:openExternal. Each decision is a pure function of the URL; lockNavigation only wires them.
import type { WebContents } from 'electron';
import { isSafeExternalUrl } from './external-links';

export function isAppUrl(raw: string, appOrigin: string): boolean {
  try {
    const url = new URL(raw);
    // Credentials have no place in the app's own URLs (app://user@rollcall/ is refused, as openExternal does).
    return `${url.protocol}//${url.host}` === appOrigin && !url.username && !url.password;
  } catch {
    return false;
  }
}

export type NavigationDecision = 'allow' | 'deny';

/** will-navigate and will-redirect: only within the app's origin. */
export function decideNavigation(url: string, appOrigin: string): NavigationDecision {
  return isAppUrl(url, appOrigin) ? 'allow' : 'deny';
}

export interface WindowOpenDecision {
  /** No window is ever opened by the page. */
  action: 'deny';
  /** A safe http(s) link is handed to the user's browser instead; null when the URL is not one. */
  openExternally: string | null;
}

/** window.open and target=_blank links. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) ? url : null };
}

export function lockNavigation(contents: WebContents, appOrigin: string, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (decideNavigation(url, appOrigin) === 'deny') event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url, appOrigin) === 'deny') event.preventDefault();
  });
  // No <webview> may be attached, whatever its options (checklist 12).
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) openExternal(decision.openExternally);
    return { action: decision.action };
  });
}
