// Reading PDFs back the way a reviewer's tools do: poppler's pdftotext and pdffonts on a real file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function withFile<T>(bytes: Uint8Array, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rollcall-pdf-'));
  try {
    const file = path.join(dir, 'out.pdf');
    writeFileSync(file, bytes);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page (pdftotext separates pages with form feeds). */
export function pdfPages(bytes: Uint8Array): string[] {
  const text = withFile(bytes, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  return text.split('\f').slice(0, -1);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(bytes: Uint8Array): PdfFont[] {
  const out = withFile(bytes, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      const parts = line.trim().split(/\s+/);
      // name, type (one or two words), encoding, emb, sub, uni, object, id
      const emb = parts[parts.length - 5];
      return { name: parts[0], type: parts.slice(1, parts.length - 6).join(' '), embedded: emb === 'yes' };
    });
}

const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;

/** Extracted text with direction marks removed and every run of white space made one space. */
export function normaliseExtracted(text: string): string {
  return text.replace(BIDI_MARKS, '').replace(/\s+/g, ' ').normalize('NFC');
}

/**
 * True when a name can be read in extracted text. Left-to-right names must appear whole. pdftotext writes
 * right-to-left names in visual runs split at punctuation ("יעל בר-און" comes out "און-יעל בר"), so for those
 * every word must appear.
 */
export function extractedHas(extracted: string, name: string): boolean {
  const wanted = name.replace(/\s+/g, ' ').trim();
  if (!RTL.test(wanted)) return extracted.includes(wanted);
  return wanted.split(/[\s\-–]+/).every((word) => extracted.includes(word));
}
