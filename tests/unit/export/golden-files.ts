// The golden files of the exporters (tests/fixtures/golden) and how a test compares with one: byte for byte, written
// only when missing or when UPDATE_GOLDEN=1 asks for new ones after their output was checked by eye.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { FIXTURES_DIR } from '../roll/fixture-documents';

const GOLDEN = path.join(FIXTURES_DIR, 'golden');

/** The fixed export date of every golden file, so page furniture and file names do not change from day to day. */
export const GOLDEN_DATE = new Date('2026-11-28T12:00:00Z');

export function checkGolden(name: string, text: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}
