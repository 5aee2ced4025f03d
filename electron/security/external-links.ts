// Electron security checklist 15, "Do not use shell.openExternal with untrusted content": only http(s) URLs,
// parsed first, without credentials, ever reach the user's browser.
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username || url.password) return false;
  return url.hostname.length > 0;
}
