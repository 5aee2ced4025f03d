// `npm test`: build, type-check, lint, unit tests (Vitest), then end-to-end tests (Playwright, real Chromium).
// Each step stops the run on failure with its own output above.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const steps = [
  ['build', ['node', 'scripts/build.mjs']],
  ['type-check', ['npx', 'tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', ['npx', 'eslint', '.', '--max-warnings=0']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['end-to-end tests', ['npx', 'playwright', 'test']],
  // The same specs against the real app through Playwright's _electron, when there is an Electron to run.
  ...(electronBinary() ? [['end-to-end tests in Electron', ['npx', 'playwright', 'test'], { ROLLCALL_E2E_ELECTRON: '1' }]] : []),
  ['benchmark smoke run', ['node', 'scripts/bench.mjs', '--smoke']],
];

if (!electronBinary()) {
  console.log('Electron’s binary is not installed (it cannot be downloaded on this machine), so the end-to-end specs run in the Chromium harness only; the run against the real Electron app is skipped.');
}

for (const [name, [cmd, ...args], env] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n${name} failed after ${seconds} s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`${name} passed in ${seconds} s.`);
}
