// `rollcall validate`, run as the built bundle against real files.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../documents/test-host';
import { buildCli, expectNoStackTrace, FIXTURES, rollcall } from './built-cli';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  buildCli();
  ({ dir, cleanup } = await tempFolder('rollcall-cli-validate-'));
}, 120_000);
afterAll(async () => cleanup());

const fixture = (name: string) => path.join(FIXTURES, name);

describe('rollcall validate', () => {
  it('exits 0 for a valid file and says what is in it', () => {
    const run = rollcall(['validate', fixture('v2-short-film.rollcall')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('“v2-short-film.rollcall” is a valid Rollcall production (format version 2, 4 people, 1 company, 5 credits).\n');
  });

  it('exits 0 for a file whose hand-edited style reads as the default, and says what was replaced', async () => {
    const raw = JSON.parse(await readFile(fixture('v2-short-film.rollcall'), 'utf8'));
    raw.style.pairColumns = 'two';
    await writeFile(path.join(dir, 'edited.rollcall'), JSON.stringify(raw));
    const run = rollcall(['validate', 'edited.rollcall'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('“edited.rollcall” is a valid Rollcall production');
    expect(run.stderr).toBe(
      "The roll style's pairColumns (role-name pairs side by side) in “edited.rollcall” was “two”, which it cannot be, so it reads as 1; saving writes that.\n",
    );
  });

  it('exits 0 for a version 1 file and points at migrate', () => {
    const run = rollcall(['validate', fixture('v1-short-film.rollcall')]);
    expect(run.code).toBe(0);
    // Validating never saves, so the note that saving updates the file is not repeated.
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('format version 1');
    expect(run.stdout).toContain('`rollcall migrate` updates it to format version 2');
  });

  it('exits 1 with every schema problem and its field path on stderr', () => {
    const run = rollcall(['validate', fixture('invalid-schema.rollcall')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('  - people[2].name: A name cannot be empty\n');
    expect(run.stderr).toContain('  - credits[1].status: Invalid option');
    expectNoStackTrace(run);
  });

  it('exits 1 for references to records that are not in the file', () => {
    const run = rollcall(['validate', fixture('broken-references.rollcall')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('credits[3].titleId: no credit title has the id “title:nowhere”');
  });

  it('exits 1 for a file from a newer version', () => {
    const run = rollcall(['validate', fixture('v3-newer-readable.rollcall')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('newer Rollcall (format version 3)');
  });

  it.each([
    ['empty.rollcall', '', /is empty \(0 bytes\)/],
    ['page.rollcall', '<!doctype html><html><body>404</body></html>', /is a web page \(HTML\)/],
    ['half.rollcall', '{"format": "rollcall", "formatVersion": 2, "production": {', /truncated/],
    ['notes.rollcall', 'just some notes', /is not valid JSON/],
  ])('exits 1 with one sentence for %s', async (name, content, pattern) => {
    await writeFile(path.join(dir, name), content);
    const run = rollcall(['validate', name], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expectNoStackTrace(run);
  });

  it('exits 1 when a file is missing, and checks every file it is given', () => {
    const run = rollcall(['validate', fixture('v2-short-film.rollcall'), path.join(dir, 'missing.rollcall')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('v2-short-film.rollcall');
    expect(run.stderr).toContain('“missing.rollcall” was not found');
  });

  it('exits 2 for wrong usage and 0 for --help', () => {
    expect(rollcall(['validate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Run `rollcall validate --help`') });
    expect(rollcall(['validate', '--strict', 'x.rollcall']).code).toBe(2);
    const help = rollcall(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: rollcall validate FILE\.\.\./);
  });

  it('is listed in rollcall --help', () => {
    const run = rollcall(['--help']);
    expect(run.stdout).toMatch(/validate\s+Check that production files are valid/);
    expect(run.stdout).toMatch(/info\s+Show a production/);
    expect(run.stdout).toMatch(/migrate\s+Update a production file/);
  });
});
