// `rollcall export` end to end: real production files in a temp folder, real files written and read back.
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { HARBOUR_LIGHTS, NIGHT_TRAIN } from '../roll/fixture-documents';
import { pdfPages } from './pdf-tools';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rollcall-cli-export-'));
  await copyFile(NIGHT_TRAIN, path.join(dir, 'night-train.rollcall'));
  await copyFile(HARBOUR_LIGHTS, path.join(dir, 'harbour.rollcall'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rollcall(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, env });
  return { code, stdout, stderr };
}

describe('rollcall export', () => {
  it('writes each text format to the path given', async () => {
    for (const format of ['txt', 'csv', 'tsv', 'json', 'html']) {
      const result = await rollcall(['export', 'night-train.rollcall', '--format', format, '--out', `out.${format}`]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain(`out.${format}`);
      const text = await readFile(path.join(dir, `out.${format}`), 'utf8');
      expect(text).toContain('Anaïs Lefort');
    }
    expect(JSON.parse(await readFile(path.join(dir, 'out.json'), 'utf8'))).toMatchObject({ format: 'rollcall-roll', production: { title: 'Night Train' } });
  });

  it('prints the PDF through a found Chromium, into a folder under the default name', async () => {
    const result = await rollcall(['export', 'night-train.rollcall', '--format', 'pdf', '--out', '.', '--revision', 'Locked 3']);
    expect(result.code, result.stderr).toBe(0);
    expect(await readdir(dir)).toContain('Night Train (Locked 3) - Credits.pdf');
    const pages = pdfPages(await readFile(path.join(dir, 'Night Train (Locked 3) - Credits.pdf')));
    expect(pages[0]).toContain('Revision: Locked 3');
    expect(pages.join('')).toContain('Jane Doe, p.g.a.');
  });

  it('exports one episode of a series, named as S1E02, 1x02 or its number', async () => {
    for (const episode of ['S1E02', '1x02', '2', 'ep-2']) {
      const result = await rollcall(['export', 'harbour.rollcall', '--format', 'txt', '--out', '-', '--episode', episode]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Harbour Lights — S1E02 “Tides”');
      expect(result.stdout).toContain('Stranger — Kofi Mensah');
      expect(result.stdout).not.toContain('Iris Novak');
    }
  });

  it('exits 1 with a sentence for an episode the production does not have', async () => {
    const result = await rollcall(['export', 'harbour.rollcall', '--format', 'csv', '--out', 'x.csv', '--episode', '7']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe('rollcall export: “Harbour Lights” has no episode “7”; its episodes are S1E01, S1E02.\n');
    expect(await readdir(dir)).not.toContain('x.csv');
  });

  it('exits 1 with a sentence when no Chromium can be found for a PDF', async () => {
    const result = await rollcall(['export', 'night-train.rollcall', '--format', 'justification', '--out', 'j.pdf'], { CHROMIUM_PATH: path.join(dir, 'no-chromium') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^rollcall export: PDF export needs Chromium, and CHROMIUM_PATH points at “.*no-chromium”, which does not exist/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 for a file that is not a production', async () => {
    await writeFile(path.join(dir, 'broken.rollcall'), '{ not json');
    const broken = await rollcall(['export', 'broken.rollcall', '--format', 'txt', '--out', 'x.txt']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^rollcall export: .*broken\.rollcall/);
    const missing = await rollcall(['export', 'nope.rollcall', '--format', 'txt', '--out', 'x.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/was not found/);
  });

  it('exits 2 for wrong usage', async () => {
    const cases: [string[], RegExp][] = [
      [['export', 'night-train.rollcall', '--out', 'x'], /Say which format with --format/],
      [['export', 'night-train.rollcall', '--format', 'docx', '--out', 'x'], /“docx” is not an export format; use one of pdf, txt, csv, tsv, html, json, justification/],
      [['export', 'night-train.rollcall', '--format', 'txt'], /Say where to write the export with --out/],
      [['export', '--format', 'txt', '--out', 'x'], /Name the production file to export/],
      [['export', 'night-train.rollcall', '--format', 'pdf', '--out', '-'], /A PDF cannot be written to standard output/],
      [['export', 'night-train.rollcall', '--format', 'txt', '--out', 'x', '--colour', 'red'], /Unknown option --colour/],
    ];
    for (const [args, message] of cases) {
      const result = await rollcall(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });

  it('explains itself with --help', async () => {
    const result = await rollcall(['export', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: rollcall export FILE --format F --out PATH \[--episode N\]/);
  });
});
