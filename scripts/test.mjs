// `npm test`: build, type-check, lint, unit tests (Vitest), then end-to-end tests (Playwright, real Chromium).
// Each step stops the run on failure with its own output above.
import { spawnSync } from 'node:child_process';

const steps = [
  ['build', ['node', 'scripts/build.mjs']],
  ['type-check', ['npx', 'tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', ['npx', 'eslint', '.', '--max-warnings=0']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['end-to-end tests', ['npx', 'playwright', 'test']],
  ['benchmark smoke run', ['node', 'scripts/bench.mjs', '--smoke']],
];

for (const [name, [cmd, ...args]] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n${name} failed after ${seconds} s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`${name} passed in ${seconds} s.`);
}
