// `npm start`: build, make sure Electron's binary is there (running Electron's own installer when it is missing),
// then launch the app. When the binary cannot be fetched, stop with one sentence saying why and what to do.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronDir } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDirectory = electronDir();

let exe = electronBinary();
if (!exe) {
  console.log('Electron’s binary is not installed yet; fetching it with Electron’s own installer…');
  const install = spawnSync(process.execPath, [path.join(electronDirectory, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  exe = electronBinary();
  if (!exe) {
    const offline = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|network/i.test(install.stderr ?? '');
    console.error(
      offline
        ? 'Rollcall cannot start because Electron’s binary could not be downloaded (this machine cannot reach github.com); run `npm start` on a machine with internet access, or set ELECTRON_MIRROR to a reachable mirror, or run the tests with `npm test`, which need no Electron.'
        : 'Rollcall cannot start because Electron’s binary could not be installed; run `node node_modules/electron/install.js` to see why, or use `npm test`, which needs no Electron.',
    );
    process.exit(1);
  }
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(exe, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 0);
