// Electron security checklist 13 and 14, "Disable or limit navigation" and "Disable or limit creation of new
// windows": the window never leaves the app's own origin; links to the web go to the user's browser, after
// the same check as app:openExternal.
import type { WebContents } from 'electron';
import { isSafeExternalUrl } from './external-links';

export function isAppUrl(raw: string, appOrigin: string): boolean {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}` === appOrigin;
  } catch {
    return false;
  }
}

export function lockNavigation(contents: WebContents, appOrigin: string, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
