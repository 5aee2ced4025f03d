// Identifiers for new records. Web Crypto exists in Node 20, Chromium and Electron alike, so shared/ needs no import.
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
