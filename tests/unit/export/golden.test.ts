// Golden files for the hand-made productions: the text formats byte for byte. A change to any exporter shows up
// here as a readable diff. Regenerate deliberately with UPDATE_GOLDEN=1 after checking the new output.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../../shared/export/render';
import type { ExportFormat } from '../../../shared/export/formats';
import { FIXTURES_DIR, HARBOUR_LIGHTS, loadFixture, NIGHT_TRAIN } from '../roll/fixture-documents';

const GOLDEN = path.join(FIXTURES_DIR, 'golden');
const DATE = new Date('2026-11-28T12:00:00Z');

function check(name: string, text: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

function text(file: string, format: ExportFormat, episodeId: string | null = null): string {
  const output = renderExport(loadFixture(file), format, { episodeId, date: DATE, revisionName: 'Locked 3' });
  return output.kind === 'text' ? output.text : output.html;
}

describe('golden exports of Night Train', () => {
  for (const format of ['txt', 'csv', 'tsv', 'json'] as const) {
    it(`${format} matches tests/fixtures/golden/night-train.${format}`, () => check(`night-train.${format}`, text(NIGHT_TRAIN, format)));
  }
});

describe('golden exports of Harbour Lights, episode 2', () => {
  for (const format of ['txt', 'csv', 'tsv'] as const) {
    it(`${format} matches tests/fixtures/golden/harbour-lights-s1e02.${format}`, () => check(`harbour-lights-s1e02.${format}`, text(HARBOUR_LIGHTS, format, 'ep-2')));
  }
});
