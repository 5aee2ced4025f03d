// Golden files for the hand-made productions: the text formats byte for byte, and the HTML crawl as built for the
// app and the CLI with its embedded font data cut out (see stripFontData). A change to any exporter shows up here
// as a readable diff. Regenerate deliberately with UPDATE_GOLDEN=1 after checking the new output. The PDFs are in
// golden-pdf.test.ts.
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../electron/exports/build-export';
import { renderExport } from '../../../shared/export/render';
import type { ExportFormat } from '../../../shared/export/formats';
import { HARBOUR_LIGHTS, loadFixture, NIGHT_TRAIN } from '../roll/fixture-documents';
import { checkGolden, GOLDEN_DATE } from './golden-files';


function text(file: string, format: ExportFormat, episodeId: string | null = null): string {
  const output = renderExport(loadFixture(file), format, { episodeId, date: GOLDEN_DATE, revisionName: 'Locked 3' });
  return output.kind === 'text' ? output.text : output.html;
}

describe('golden exports of Night Train', () => {
  for (const format of ['txt', 'csv', 'tsv', 'json'] as const) {
    it(`${format} matches tests/fixtures/golden/night-train.${format}`, () => checkGolden(`night-train.${format}`, text(NIGHT_TRAIN, format)));
  }
});

describe('golden exports of Harbour Lights, episode 2', () => {
  for (const format of ['txt', 'csv', 'tsv'] as const) {
    it(`${format} matches tests/fixtures/golden/harbour-lights-s1e02.${format}`, () => checkGolden(`harbour-lights-s1e02.${format}`, text(HARBOUR_LIGHTS, format, 'ep-2')));
  }
});

/**
 * The HTML export with each embedded font's bytes replaced by a marker. The bytes are a harfbuzz subset of the fonts
 * installed on the machine, so they differ between machines and harfbuzz versions and would make the golden
 * megabytes of noise; which faces are embedded, and everything else in the file, stays in the golden.
 */
export function stripFontData(html: string): string {
  return html.replace(/url\(data:font\/(\w+);base64,[A-Za-z0-9+/=]+\)/g, 'url(data:font/$1;base64,<font data>)');
}

describe('golden HTML crawl', () => {
  const noPrinter = async (): Promise<Uint8Array> => {
    throw new Error('no PDF here');
  };

  it('matches tests/fixtures/golden/night-train.html (fonts embedded, their bytes cut out)', async () => {
    const built = await buildExport(loadFixture(NIGHT_TRAIN), 'html', { printToPdf: noPrinter, date: GOLDEN_DATE, revisionName: 'Locked 3' });
    const html = new TextDecoder().decode(built.bytes);
    expect(html).toMatch(/@font-face\{font-family:"Noto Sans"/);
    const stripped = stripFontData(html);
    expect(stripped).not.toMatch(/data:font\/\w+;base64,[A-Za-z0-9+/]{20}/);
    checkGolden('night-train.html', stripped);
  });

  it('matches tests/fixtures/golden/harbour-lights-s1e02.html, the episode roll without embedded fonts', () => {
    checkGolden('harbour-lights-s1e02.html', text(HARBOUR_LIGHTS, 'html', 'ep-2'));
  });
});
