// Entry point bundled to out/cli/rollcall.cjs by scripts/build.mjs; bin/rollcall.cjs loads it.
import { runCli } from './main';

runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`rollcall: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
