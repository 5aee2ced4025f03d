// The hand-made productions under tests/fixtures/productions, read the way the CLI reads them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RollcallDocumentSchema, type RollcallDocument } from '../../../shared/model';

export const FIXTURES_DIR = path.resolve(__dirname, '../../fixtures');
export const NIGHT_TRAIN = path.join(FIXTURES_DIR, 'productions/night-train.rollcall');
export const HARBOUR_LIGHTS = path.join(FIXTURES_DIR, 'productions/harbour-lights.rollcall');

export function loadFixture(file: string): RollcallDocument {
  return RollcallDocumentSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Names from ../shared/test-data/names.txt: every non-comment, non-empty line, exactly as written in the file. */
export function corpusNames(): string[] {
  const candidates = [path.resolve(__dirname, '../../../../shared/test-data/names.txt'), '/work/shared/test-data/names.txt'];
  for (const file of candidates) {
    try {
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    } catch {
      // try the next place
    }
  }
  throw new Error('names.txt was not found beside the checkout');
}
