// `rollcall diff` through the real bundle (out/cli/rollcall.cjs) against real files in a temp folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createCredit } from '../../../shared/model/create';
import type { RollcallDocument } from '../../../shared/model/types';
import { createRevision } from '../../../shared/revisions';
import { editCredit, smallProduction } from '../revisions/fixture';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'out/cli/rollcall.cjs');
let dir: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function save(name: string, doc: unknown): Promise<string> {
  await writeFile(path.join(dir, name), typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  return name;
}

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--only=cli'], { cwd: root, stdio: 'inherit' });
  dir = await mkdtemp(path.join(os.tmpdir(), 'rollcall-diff-'));
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('rollcall diff', () => {
  it('compares a file with itself: no changes, exit 0', async () => {
    const file = await save('same.rollcall', smallProduction());
    const text = run('diff', file, file);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('No differences: the credits are the same.');
    const json = run('diff', file, file, '--json');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it('lists added, removed and changed credits as JSON naming the person and the credit title', async () => {
    const before = smallProduction();
    const lee = createPerson({ id: 'p-lee', name: 'Lee Chang-dong' });
    let after: RollcallDocument = editCredit(before, 'c-ana-ap', { status: 'proposed' });
    after = {
      ...after,
      people: [...after.people, lee],
      credits: [...after.credits.filter((c) => c.id !== 'c-jon-grip'), createCredit({ id: 'c-lee', titleId: 'title:gaffer', subject: { kind: 'person', personId: 'p-lee' } })],
    };
    await save('v1.rollcall', before);
    await save('v2.rollcall', after);
    const result = run('diff', 'v1.rollcall', 'v2.rollcall', '--json');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.added).toEqual([expect.objectContaining({ person: 'Lee Chang-dong', title: 'Gaffer' })]);
    expect(out.removed).toEqual([expect.objectContaining({ person: 'Jon Smith', title: 'Grip' })]);
    expect(out.changed).toEqual([expect.objectContaining({ person: 'Anaïs Lefort', title: 'Associate Producer', changes: [{ field: 'status', before: 'approved', after: 'proposed' }] })]);
    const text = run('diff', 'v1.rollcall', 'v2.rollcall');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  + Gaffer: Lee Chang-dong');
    expect(text.stdout).toContain('  - Grip: Jon Smith');
    expect(text.stdout).toContain('      Status: approved → proposed');
  });

  it('compares FILE@REVISION sides, splitting on the last @ only when the part before it is a file', async () => {
    let doc = createRevision(smallProduction(), { name: 'Sent to legal', by: 'Ana' });
    doc = { ...doc, people: doc.people.map((p) => (p.id === 'p-jon' ? { ...p, name: 'John Smith' } : p)) };
    doc = createRevision(doc, { name: 'Studio approved', by: 'Ana' });
    await save('night@studio.rollcall', doc);
    const result = run('diff', 'night@studio.rollcall@Sent to legal', 'night@studio.rollcall@Studio approved', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.old).toMatchObject({ file: 'night@studio.rollcall', revision: 'Sent to legal' });
    expect(out.changed).toEqual([expect.objectContaining({ person: 'John Smith', title: 'Grip', changes: [{ field: 'creditedAs', before: 'Jon Smith', after: 'John Smith' }] })]);
    // The file on its own (its name has an @ too) is its current credits: the same as the last revision.
    const current = JSON.parse(run('diff', 'night@studio.rollcall@Studio approved', 'night@studio.rollcall', '--json').stdout);
    expect(current.changed).toEqual([]);
  });

  it('fails with exit 1 and a sentence listing the revisions for an unknown revision name', async () => {
    const doc = createRevision(createRevision(smallProduction(), { name: 'Sent to legal', by: 'A' }), { name: 'Studio approved', by: 'A' });
    await save('revs.rollcall', doc);
    const result = run('diff', 'revs.rollcall@Final', 'revs.rollcall');
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('rollcall diff: “revs.rollcall” has no revision named “Final”; its revisions are “Sent to legal”, “Studio approved”.');
    expect(result.stdout).toBe('');
  });

  it('fails with exit 1 for unreadable input and 2 for wrong usage, without a stack trace', async () => {
    await save('broken.rollcall', '{"format": "rollcall", "formatVersion": 2, "production": ');
    await save('ok.rollcall', smallProduction());
    const broken = run('diff', 'broken.rollcall', 'ok.rollcall');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^rollcall diff: “broken\.rollcall” ends in the middle of its data/);
    const missing = run('diff', 'missing.rollcall', 'ok.rollcall');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('“missing.rollcall” was not found');
    expect(`${broken.stderr}${missing.stderr}`).not.toMatch(/\n\s+at /);
    expect(run('diff', 'ok.rollcall').code).toBe(2);
    expect(run('diff', 'ok.rollcall', 'ok.rollcall', 'ok.rollcall').code).toBe(2);
    expect(run('diff', 'ok.rollcall', 'ok.rollcall', '--pdf').code).toBe(2);
    const noName = run('diff', 'ok.rollcall@', 'ok.rollcall');
    expect(noName.code).toBe(2);
  });

  it('migrates a file of an older format version before comparing it with a current one', async () => {
    const fixtures = path.join(root, 'tests/fixtures/documents');
    const result = run('diff', path.join(fixtures, 'v1-short-film.rollcall'), path.join(fixtures, 'v2-short-film.rollcall'), '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    // The version 1 file's credits match the migrated ones by identity: only the real edits show.
    expect(out.removed).toEqual([]);
    expect(out.changed).toEqual([]);
    expect(out.added).toEqual([expect.objectContaining({ person: 'Harbour Light Pictures', title: 'Produced by' })]);
    expect(out.structure).toEqual([expect.objectContaining({ kind: 'production', changes: [{ field: 'title', before: 'Quiet Harbour', after: 'Quiet Harbour (Director’s Cut)' }] })]);
  });
});
