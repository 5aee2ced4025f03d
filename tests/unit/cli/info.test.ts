// `rollcall info`, run as the built bundle against real files.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, expectNoStackTrace, FIXTURES, rollcall } from './built-cli';

beforeAll(() => buildCli(), 120_000);

const fixture = (name: string) => path.join(FIXTURES, name);

describe('rollcall info', () => {
  it('prints the title, format version and counts', () => {
    const run = rollcall(['info', fixture('v2-short-film.rollcall')]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Quiet Harbour (Director’s Cut)');
    expect(run.stdout).toMatch(/Format version: +2\n/);
    expect(run.stdout).toMatch(/People: +4\n/);
    expect(run.stdout).toMatch(/Companies: +1\n/);
    expect(run.stdout).toMatch(/Credits: +5 \(2 draft, 1 proposed, 2 approved; 1 uncredited\)\n/);
  });

  it('prints one JSON object with --json', () => {
    const run = rollcall(['info', '--json', fixture('v2-short-film.rollcall')]);
    expect(run.code).toBe(0);
    const info = JSON.parse(run.stdout);
    expect(info).toMatchObject({ title: 'Quiet Harbour (Director’s Cut)', formatVersion: 2, people: 4, companies: 1, credits: 5, songs: 1, images: 1 });
  });

  it('reports the version a version 1 file is written in', () => {
    const info = JSON.parse(rollcall(['info', fixture('v1-short-film.rollcall'), '--json']).stdout);
    expect(info).toMatchObject({ title: 'Quiet Harbour', formatVersion: 1, currentFormatVersion: 2, people: 4, companies: 0, credits: 4, contributions: 4 });
    expect(rollcall(['info', fixture('v1-short-film.rollcall')]).stdout).toContain('1 (older: `rollcall migrate` updates it to 2)');
  });

  it('reads a newer file it understands and says it is newer', () => {
    const run = rollcall(['info', fixture('v3-newer-readable.rollcall'), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).formatVersion).toBe(3);
  });

  it('exits 1 with a sentence for an invalid file', () => {
    const run = rollcall(['info', fixture('invalid-schema.rollcall')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^rollcall info: “invalid-schema\.rollcall” is not a valid Rollcall production: people\[2\]\.name/);
    expectNoStackTrace(run);
  });

  it('exits 2 for wrong usage', () => {
    expect(rollcall(['info']).code).toBe(2);
    expect(rollcall(['info', 'a.rollcall', 'b.rollcall']).code).toBe(2);
    expect(rollcall(['info', '--yaml', 'a.rollcall']).code).toBe(2);
  });
});
