// Runs the real bundled `rollcall` (out/cli/rollcall.cjs) as a child process, the way a user's shell does.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const BUILT = path.join(ROOT, 'out/cli/rollcall.cjs');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/documents');
/**
 * Test files run in parallel and each builds the CLI; each runs its own copy of the bundle, so that no test reads
 * out/cli/rollcall.cjs while another file's build is rewriting it. The copy stays under out/ so that the bundle's
 * external packages still resolve from node_modules.
 */
export const CLI = path.join(ROOT, 'out/cli-test', `rollcall-${process.pid}.cjs`);

export function buildCli(): void {
  for (let attempt = 1; ; attempt++) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--only=cli'], { cwd: ROOT, stdio: 'pipe' });
    mkdirSync(path.dirname(CLI), { recursive: true });
    copyFileSync(BUILT, `${CLI}.tmp`);
    renameSync(`${CLI}.tmp`, CLI);
    process.once('exit', () => rmSync(CLI, { force: true }));
    const check = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
    if (check.status === 0 || attempt === 3) return;
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function rollcall(args: string[], cwd = ROOT): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** No stack trace ever reaches the user. */
export function expectNoStackTrace(run: CliRun): void {
  if (/\n\s+at .+\(.+:\d+:\d+\)/.test(run.stderr + run.stdout)) throw new Error(`stack trace in output:\n${run.stderr}`);
}
