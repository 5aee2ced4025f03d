// Where Electron's binary is, when its installer has fetched it; null otherwise. Reads electron's path.txt directly:
// require('electron') would start a download. Used by `npm start`, `npm test` and the e2e harness.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function electronDir() {
  return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

export function electronBinary() {
  try {
    const dir = electronDir();
    const exe = path.join(dir, 'dist', readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}
