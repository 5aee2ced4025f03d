// The whole comparison of two realistic versions, against golden files written by the comparison as it was before
// it moved to credit indices and counting sorts: added, removed, changed field by field (with how each credit was
// recognised), moves in the roll with their lines, in roll order. A change to any of it shows here, line by line.
import { describe, it } from 'vitest';
import { compareDocuments } from '../../../shared/diff/compare';
import { diffBenchmarkPair } from '../../../shared/testing/synthetic-edits';
import { checkGolden } from '../export/golden-files';

describe('comparison golden files', () => {
  it('compares two versions of one file as it did', () => {
    const { before, after } = diffBenchmarkPair({ credits: 400, seed: 7, changes: 60 });
    checkGolden('diff-same-file.json', JSON.stringify(compareDocuments(before, after), null, 2) + '\n');
  });

  it('compares two separately imported files (every id new) as it did', () => {
    const { before, after } = diffBenchmarkPair({ credits: 400, seed: 7, changes: 60, separateImports: true });
    checkGolden('diff-separate-imports.json', JSON.stringify(compareDocuments(before, after), null, 2) + '\n');
  });
});
