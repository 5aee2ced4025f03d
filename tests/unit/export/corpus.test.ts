// ../shared/test-data/names.txt through every export format: each name comes out exactly as entered, in NFC with
// spaces collapsed, in text, CSV, TSV, JSON, the HTML crawl and both PDFs; the PDFs embed only the documented
// Noto fallback stack, and every character of every name is covered by a font of that stack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanName } from '../../../shared/names/clean-text';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/formats';
import { NOTO_STACK } from '../../../shared/roll/fonts';
import { escapeHtml } from '../../../shared/roll/html-text';
import type { RollcallDocument } from '../../../shared/model';
import { buildExport, closePdfBrowser, printHtmlToPdf } from '../../../electron/exports';
import { faceCharset, findFace, rangesCover } from '../../../electron/exports/installed-fonts';
import { buildDocument, certifiedPga } from '../roll/build-document';
import { corpusNames } from '../roll/fixture-documents';
import { extractedHas, normaliseExtracted, pdfFonts, pdfPages } from './pdf-tools';

const RAW = corpusNames();
const EXPECTED = RAW.map(cleanName);

function corpusDocument(): RollcallDocument {
  const b = buildDocument('feature', 'Corpus Picture');
  const titles = ['title:grip', 'title:cast', 'title:producer', 'title:production-assistant', 'title:executive-producer'];
  RAW.forEach((name, i) => {
    const person = b.person(name, { guilds: certifiedPga });
    const titleId = titles[i % titles.length];
    b.credit(titleId, person, { character: titleId === 'title:cast' ? `Role ${i}` : '', placement: i % 7 === 0 ? 'main' : 'end', pgaMark: i % 2 === 0 });
  });
  return b.doc;
}

const built = new Map<ExportFormat, Uint8Array>();
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeAll(async () => {
  const doc = corpusDocument();
  for (const format of EXPORT_FORMATS) {
    const result = await buildExport(doc, format, { printToPdf: (html, o) => printHtmlToPdf(html, o), revisionName: 'Corpus', date: new Date('2026-11-28T00:00:00Z') });
    built.set(format, result.bytes);
  }
}, 120_000);

afterAll(async () => {
  await closePdfBrowser();
});

describe('the names corpus in every format', () => {
  it('has the awkward cases it promises: a decomposed name, and spaces to collapse', () => {
    expect(RAW.some((n) => n !== n.normalize('NFC'))).toBe(true);
    expect(RAW.some((n) => /\s{2,}|\s$/.test(n))).toBe(true);
  });

  for (const format of ['txt', 'csv', 'tsv', 'json', 'html'] as const) {
    it(`${format}: every name exactly, in NFC, never in a decomposed form`, () => {
      const text = decode(built.get(format)!);
      const json = format === 'json' ? JSON.stringify(JSON.parse(text)) : text;
      const inFile = (name: string) => (format === 'json' ? JSON.stringify(name).slice(1, -1) : format === 'html' ? escapeHtml(name) : name);
      for (const name of EXPECTED) expect(json.includes(inFile(name)), name).toBe(true);
      for (const raw of RAW) if (raw !== raw.normalize('NFC')) expect(text.includes(raw.trim())).toBe(false);
    });
  }

  for (const format of ['pdf', 'justification'] as const) {
    it(`${format}: every name can be found in the PDF's text`, () => {
      const extracted = normaliseExtracted(pdfPages(built.get(format)!).join('\n'));
      const names = format === 'pdf' ? EXPECTED : EXPECTED.filter((_, i) => i % 5 === 2 || i % 5 === 4);
      for (const name of names) expect(extractedHas(extracted, name), name).toBe(true);
    });

    it(`${format}: embeds its fonts, all from the documented Noto stack`, () => {
      const fonts = pdfFonts(built.get(format)!);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.embedded, font.name).toBe(true);
        // Chromium writes CFF-based CJK faces as Type 3 fonts without a name; every named font must be Noto.
        if (font.name !== '[none]') expect(font.name, font.name).toMatch(/^[A-Z]{6}\+NotoSans/);
      }
    });
  }

  it('every character of every name is covered by a font of the stack', async () => {
    const charsets = [];
    for (const { family } of NOTO_STACK) {
      const face = await findFace(family, 400);
      expect(face, `${family} is installed`).not.toBeNull();
      charsets.push((await faceCharset(face!))!);
    }
    const missing: string[] = [];
    for (const name of EXPECTED) {
      for (const ch of name) {
        const cp = ch.codePointAt(0)!;
        if (/\s/.test(ch)) continue;
        if (!charsets.some((ranges) => rangesCover(ranges, cp))) missing.push(`${ch} (U+${cp.toString(16).toUpperCase()}) in ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
