import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../shared/export/formats';
import { safeFileName } from '../../../shared/export/file-name';
import { buildDocument } from '../roll/build-document';
import { HARBOUR_LIGHTS, loadFixture, NIGHT_TRAIN } from '../roll/fixture-documents';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** What every platform accepts: the rules Windows, macOS and Linux file systems agree on. */
function acceptable(name: string): boolean {
  return (
    name.length > 0 &&
    !/[<>:"/\\|?*\u0000-\u001F\u007F]/.test(name) &&
    !/[. ]$/.test(name) &&
    !name.startsWith('.') &&
    !RESERVED.test(name) &&
    bytes(name) <= 255 &&
    name === name.normalize('NFC')
  );
}

describe('safe export file names', () => {
  it('replaces characters Windows and macOS refuse', () => {
    expect(safeFileName('Night: Train / "Part 2" <final>?*|\\', 'pdf')).toBe('Night- Train - -Part 2- -final-----.pdf');
  });

  it('renames reserved Windows device names, with or without an extension', () => {
    expect(safeFileName('CON', 'txt')).toBe('_CON.txt');
    expect(safeFileName('lpt1', 'csv')).toBe('_lpt1.csv');
    expect(safeFileName('Aux.final', 'pdf')).toBe('_Aux.final.pdf');
    expect(safeFileName('Console', 'pdf')).toBe('Console.pdf');
  });

  it('drops leading dots and trailing dots and spaces, and never returns an empty name', () => {
    expect(safeFileName('..hidden. ', 'txt')).toBe('hidden.txt');
    expect(safeFileName('  ', 'txt')).toBe('Rollcall export.txt');
    expect(safeFileName('///', 'txt')).toBe('Rollcall export.txt');
  });

  it('fits 255 bytes with the extension, cutting between whole characters', () => {
    const long = 'é'.normalize('NFD').repeat(200) + 'Ω'.repeat(200);
    const name = safeFileName(long, 'pdf');
    expect(bytes(name)).toBeLessThanOrEqual(255);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name).toBe(name.normalize('NFC'));
    expect(name.slice(0, -4)).toMatch(/^é+$/);
  });

  it('always gives an acceptable name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), fc.constantFrom('pdf', 'txt', 'csv', 'tsv', 'html', 'json'), (base, ext) => {
        const name = safeFileName(base, ext);
        expect(acceptable(name)).toBe(true);
        expect(name.endsWith(`.${ext}`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('names exports after the production, episode, revision and kind', () => {
    expect(exportFileName(loadFixture(NIGHT_TRAIN), 'pdf')).toBe('Night Train - Credits.pdf');
    expect(exportFileName(loadFixture(NIGHT_TRAIN), 'justification', { revisionName: 'Locked 3' })).toBe('Night Train (Locked 3) - Justification report.pdf');
    expect(exportFileName(loadFixture(HARBOUR_LIGHTS), 'tsv', { episodeId: 'ep-2' })).toBe('Harbour Lights S1E02 - Title house.tsv');
    const b = buildDocument('feature', 'CON');
    expect(acceptable(exportFileName(b.doc, 'html'))).toBe(true);
  });
});
