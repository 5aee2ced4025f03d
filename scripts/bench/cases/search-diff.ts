// search (per keystroke, as the credits panel runs it) and diff (two versions of a production).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { diffCommand } from '../../../cli/commands/diff';
import { serialiseDocumentBytes } from '../../../shared/format/serialise';
import { compareDocuments } from '../../../shared/diff/compare';
import { compareInDocument } from '../../../shared/diff/compare-revisions';
import type { RollcallDocument } from '../../../shared/model/types';
import { buildCreditIndex, creditListRows, searchCredits } from '../../../shared/search/index';
import type { BenchCase } from '../case';
import { median, time } from '../measure';

/** What a user types: names of the production from across the list (so across scripts), and a few phrases. */
/** Six names from across the production and three phrases, as a user would type them. */
export function typedQueries(document: RollcallDocument): string[] {
  const names: string[] = [];
  const step = Math.max(1, Math.floor(document.people.length / 6));
  for (let i = 0; i < document.people.length && names.length < 6; i += step) names.push(document.people[i].name);
  return [...names, 'assoc prod', 'gap financing', 'visual effects'];
}

/**
 * One keystroke = searchCredits (fold the query, scan the folded haystacks) + creditListRows (the rows the list
 * shows), exactly what CreditsPanel recomputes. The index is built once, as the panel builds it once per change.
 * A run types every query letter by letter and reports the median keystroke. No floor: the scan is the floor.
 */
export const searchCase: BenchCase = {
  name: 'search',
  targetMs: 16,
  targetSize: 20_000,
  async prepare(n, { fixtures }) {
    const document = fixtures.document(n);
    const index = buildCreditIndex(document);
    const queries = typedQueries(document);
    return {
      run: async () => {
        const keystrokes: number[] = [];
        let found = 0;
        for (const query of queries) {
          for (let length = 1; length <= query.length; length++) {
            const typed = query.slice(0, length);
            keystrokes.push(
              await time(() => {
                const rows = creditListRows(index, searchCredits(index, typed));
                found = rows.length;
              }),
            );
          }
          if (found === 0) throw new Error(`search found nothing for “${query}”, which is in the production`);
        }
        return median(keystrokes);
      },
    };
  },
};

function diffCase(name: string, separateImports: boolean): BenchCase {
  return {
    name,
    targetMs: 1000,
    targetSize: 20_000,
    async prepare(n, { fixtures }) {
      const { before, after } = fixtures.diffPair(n, separateImports);
      return {
        run: () =>
          time(() => {
            const comparison = compareDocuments(before, after);
            if (comparison.added.length + comparison.removed.length + comparison.changed.length === 0) throw new Error(`${name} found no change between two different versions`);
          }),
        // The least a comparison must do: index both sides' credits by id and look every credit up on the other side.
        floor: () =>
          time(() => {
            const beforeIds = new Map(before.credits.map((c) => [c.id, c]));
            const afterIds = new Map(after.credits.map((c) => [c.id, c]));
            let same = 0;
            for (const c of after.credits) if (beforeIds.get(c.id) !== undefined) same++;
            for (const c of before.credits) if (afterIds.get(c.id) !== undefined) same++;
            return same;
          }),
      };
    },
  };
}

/** Two versions of one file, `n`/40 edits apart: credits matched by id. */
export const diffSameFileCase = diffCase('diff', false);
/** The same two versions imported separately (every id new): credits matched by person, title and content. */
export const diffReimportedCase = diffCase('diff-reimported', true);

/**
 * The first revision of a production with 30 compared with its current credits, as the Revisions panel and
 * `rollcall diff FILE@v1 FILE` do: unpack and validate the complete snapshot, replay the deltas, compare. Each run
 * gets fresh revision objects, so no decoded snapshot is reused from the run before (what a freshly opened file
 * meets). No floor.
 */
export const diffRevisionCase: BenchCase = {
  name: 'diff-revision',
  targetMs: 1000,
  targetSize: 20_000,
  async prepare(n, { fixtures }) {
    const document = fixtures.withRevisions(n);
    return {
      run: async () => {
        const fresh: RollcallDocument = { ...document, revisions: structuredClone(document.revisions) };
        return time(() => {
          const { comparison } = compareInDocument(fresh, 'v1', null);
          if (comparison.changed.length === 0) throw new Error('diff-revision found no change since v1');
        });
      },
    };
  },
};

/**
 * `rollcall diff OLD.rollcall NEW.rollcall --json` run in this process, as the CLI runs it: read, validate and
 * migrate both files, compare, and write the JSON report. The two versions are `diff`'s pair. Floor: reading and
 * JSON.parse of both files.
 */
export const diffFilesCase: BenchCase = {
  name: 'diff-files',
  targetMs: 1000,
  targetSize: 20_000,
  async prepare(n, { fixtures, folder }) {
    const { before, after } = fixtures.diffPair(n);
    const files = [path.join(folder, `old-${n}.rollcall`), path.join(folder, `new-${n}.rollcall`)];
    await fs.writeFile(files[0], serialiseDocumentBytes(before));
    await fs.writeFile(files[1], serialiseDocumentBytes(after));
    return {
      run: () =>
        time(async () => {
          let out = '';
          const code = await diffCommand.run([...files, '--json'], { stdout: (text) => void (out += text), stderr: () => undefined, cwd: folder, env: {} });
          if (code !== 0 || !out.includes('"changed"')) throw new Error(`diff-files ended with ${code}`);
        }),
      floor: () => time(async () => Promise.all(files.map(async (f) => JSON.parse((await fs.readFile(f)).toString('utf8'))))),
    };
  },
};
