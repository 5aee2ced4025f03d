// Reading bytes: each kind of bad input is refused with its own sentence (field paths for schema problems); an
// older version is migrated; a newer one opens read-only when it can be read at all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentFormatError } from '../../../shared/format/errors';
import { parseDocumentBytes, parseDocumentText } from '../../../shared/format/parse';
import { serialiseDocument } from '../../../shared/format/serialise';
import { createDocument } from '../../../shared/model/create';

const FIXTURES = path.resolve(__dirname, '../../fixtures/documents');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const valid = serialiseDocument(createDocument({ title: 'Night Ferry', kind: 'feature', year: 2026 }));
const bytes = (text: string) => new TextEncoder().encode(text);

function refusal(input: Uint8Array | string, name = 'x.rollcall'): DocumentFormatError {
  try {
    if (typeof input === 'string') parseDocumentText(input, name);
    else parseDocumentBytes(input, name);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentFormatError);
    const e = error as DocumentFormatError;
    expect(e.message).toMatch(/^“x\.rollcall” .+\.$/s);
    return e;
  }
  throw new Error('expected a refusal');
}

describe('parseDocumentBytes refuses bad input with a sentence', () => {
  const cases: [string, Uint8Array | string, string, RegExp][] = [
    ['empty', new Uint8Array(0), 'UNREADABLE', /is empty \(0 bytes\)/],
    ['blank', bytes(' \n\t '), 'UNREADABLE', /only blank space/],
    ['zero-filled', new Uint8Array(4096), 'UNREADABLE', /only zero bytes/],
    ['binary', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'UNREADABLE', /binary data/],
    ['not UTF-8', Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]), 'UNREADABLE', /not UTF-8/],
    ['HTML', bytes('<!DOCTYPE html><html><body>Sign in</body></html>'), 'UNREADABLE', /web page \(HTML\)/],
    ['XML', bytes('<?xml version="1.0"?><fdx/>'), 'UNREADABLE', /markup/],
    ['not JSON', bytes('Title: Night Ferry\nProducer: me'), 'UNREADABLE', /not valid JSON/],
    ['truncated', bytes(valid.slice(0, valid.length / 2)), 'UNREADABLE', /truncated/],
    ['a JSON array', bytes('[1,2,3]'), 'UNREADABLE', /one JSON object/],
    ['JSON without a format', bytes('{"name":"package","version":"1.0.0"}'), 'UNREADABLE', /no "format": "rollcall" marker/],
    ['another format', bytes('{"format":"celtx","formatVersion":2}'), 'UNREADABLE', /“celtx” file/],
    ['no version', bytes('{"format":"rollcall"}'), 'INVALID_DOCUMENT', /formatVersion must be a whole number/],
    ['version 0', bytes('{"format":"rollcall","formatVersion":0}'), 'INVALID_DOCUMENT', /format version 0, which no Rollcall has written/],
  ];
  for (const [label, input, code, pattern] of cases) {
    it(label, () => {
      const e = refusal(input);
      expect(e.code).toBe(code);
      expect(e.message).toMatch(pattern);
    });
  }

  it('names every field path of a schema problem', () => {
    const e = refusal(fixture('invalid-schema.rollcall'));
    expect(e.code).toBe('INVALID_DOCUMENT');
    expect(e.message).toContain('people[2].name: A name cannot be empty');
    expect(e.problems).toEqual([
      'people[2].name: A name cannot be empty',
      'credits[1].status: Invalid option: expected one of "draft"|"proposed"|"approved"|"locked"',
    ]);
  });

  it('summarises many problems and counts the rest', () => {
    const doc = JSON.parse(valid);
    for (const title of doc.titles.slice(0, 10)) title.order = 'first';
    const e = refusal(JSON.stringify(doc));
    expect(e.problems).toHaveLength(10);
    expect(e.message).toContain('(and 7 more problems)');
  });

  it('reads a file with a byte order mark', () => {
    expect(parseDocumentText(`\uFEFF${valid}`).document.production.title).toBe('Night Ferry');
  });

  it('uses “The file” when no name is given', () => {
    expect(() => parseDocumentText('')).toThrow(/^The file contains only blank space/);
  });
});

describe('versions', () => {
  it('reads the current version as it is', () => {
    const parsed = parseDocumentBytes(fixture('v2-short-film.rollcall'));
    expect(parsed).toMatchObject({ fileFormatVersion: 2, migratedFrom: null, readOnly: false, notices: [] });
  });

  it('migrates version 1', () => {
    const parsed = parseDocumentBytes(fixture('v1-short-film.rollcall'));
    expect(parsed).toMatchObject({ fileFormatVersion: 1, migratedFrom: 1, readOnly: false });
    expect(parsed.document.formatVersion).toBe(2);
  });

  it('refuses a version 1 file that breaks the version 1 schema, naming the version', () => {
    const v1 = JSON.parse(fixture('v1-short-film.rollcall').toString());
    v1.credits[0].status = 'locked'; // version 1 had no locked status
    const e = refusal(JSON.stringify(v1));
    expect(e.message).toContain('(format version 1)');
    expect(e.message).toContain('credits[0].status');
  });

  it('opens a newer version read-only when this version can read it, dropping what it does not know', () => {
    const parsed = parseDocumentBytes(fixture('v3-newer-readable.rollcall'), 'new.rollcall');
    expect(parsed.readOnly).toBe(true);
    expect(parsed.fileFormatVersion).toBe(3);
    expect(parsed.notices[0]).toMatch(/^“new\.rollcall” was written by a newer Rollcall \(format version 3\), so it is open read-only/);
    expect(parsed.document.production).not.toHaveProperty('distributor');
  });

  it('refuses a newer version it cannot read with NEWER_VERSION', () => {
    const e = refusal(fixture('v3-newer-unreadable.rollcall'));
    expect(e.code).toBe('NEWER_VERSION');
    expect(e.message).toMatch(/format version 3.*update Rollcall/);
  });
});

describe('values that read as their default', () => {
  const image = (order: unknown) => ({ id: `logo-${String(order)}`, name: 'Guild logo', kind: 'guild', mediaType: 'image/png', data: 'iVBORw0KGgo=', order });

  it('says which value of a later-added field was replaced, and by what, instead of changing it silently', () => {
    const raw = JSON.parse(valid);
    raw.style.pairColumns = 3;
    raw.style.mainCards = 'fancy';
    raw.images = [image(2), image('first'), image(null)];
    const parsed = parseDocumentText(JSON.stringify(raw), 'edited.rollcall');
    expect(parsed.document.style).toMatchObject({ pairColumns: 1, mainCards: 'single' });
    expect(parsed.document.images.map((i) => i.order)).toEqual([2, 0, 0]);
    expect(parsed.notices).toEqual([
      "The roll style's pairColumns (role-name pairs side by side) in “edited.rollcall” was 3, which it cannot be, so it reads as 1; saving writes that.",
      "The roll style's mainCards (opening titles grouped by card) in “edited.rollcall” was “fancy”, which it cannot be, so it reads as “single”; saving writes that.",
      '2 logos in “edited.rollcall” have an order that is not a number, so they read as 0 (first, in file order).',
    ]);
  });

  it('says nothing when such a field is absent (an older file of the version) or allowed', () => {
    const raw = JSON.parse(valid);
    delete raw.style.pairColumns;
    raw.style.mainCards = 'grouped';
    raw.images = [{ ...image(0), order: undefined }, image(5)];
    const parsed = parseDocumentText(JSON.stringify(raw), 'older.rollcall');
    expect(parsed.document.style).toMatchObject({ pairColumns: 1, mainCards: 'grouped' });
    expect(parsed.document.images.map((i) => i.order)).toEqual([0, 5]);
    expect(parsed.notices).toEqual([]);
  });
});
