// Writing a document: schema key order whatever order the keys arrived in, sorted keys in free-form values,
// one field per line, a trailing newline, and never an invalid document.
import { describe, expect, it } from 'vitest';
import { parseDocumentText } from '../../../shared/format/parse';
import { serialiseDocument } from '../../../shared/format/serialise';
import { createCredit, createDocument, createPerson } from '../../../shared/model/create';
import type { RollcallDocument } from '../../../shared/model/types';
import { syntheticProduction } from '../../../shared/testing/synthetic';

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}

function sample(): RollcallDocument {
  const doc = createDocument({ title: 'Night Ferry', kind: 'feature', year: 2026 });
  const person = createPerson({ name: 'Zoë Saldaña-Ruiz' });
  doc.people.push(person);
  doc.credits.push(createCredit({ titleId: 'title:producer', subject: { kind: 'person', personId: person.id } }));
  doc.audit.push({
    id: 'a1',
    at: '2026-01-01T00:00:00.000Z',
    by: 'me',
    entity: 'credit',
    entityId: doc.credits[0].id,
    action: 'update',
    summary: 'x',
    changes: [{ field: 'subject', before: { personId: 'b', kind: 'person' }, after: { z: 1, a: { y: 2, b: 3 } } }],
  });
  return doc;
}

describe('serialiseDocument', () => {
  it('writes keys in schema order whatever order they arrived in', () => {
    const doc = sample();
    const shuffled = reverseKeys(doc) as RollcallDocument;
    expect(Object.keys(shuffled)[0]).toBe('revisions');
    const text = serialiseDocument(shuffled);
    expect(text).toBe(serialiseDocument(doc));
    expect(Object.keys(JSON.parse(text)).slice(0, 3)).toEqual(['format', 'formatVersion', 'production']);
  });

  it('sorts the keys of free-form values so that they diff stably', () => {
    const text = serialiseDocument(sample());
    const change = JSON.parse(text).audit[0].changes[0];
    expect(Object.keys(change.before)).toEqual(['kind', 'personId']);
    expect(Object.keys(change.after)).toEqual(['a', 'z']);
    expect(Object.keys(change.after.a)).toEqual(['b', 'y']);
  });

  it('writes one field per line, UTF-8 as is, with a trailing newline', () => {
    const text = serialiseDocument(sample());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "formatVersion": 2,\n');
    expect(text).toContain('"name": "Zoë Saldaña-Ruiz"');
  });

  it('round-trips: parsing what was written gives the same document and the same bytes', () => {
    const doc = syntheticProduction({ credits: 300, seed: 7 });
    const text = serialiseDocument(doc);
    const parsed = parseDocumentText(text).document;
    expect(parsed).toEqual(doc);
    expect(serialiseDocument(parsed)).toBe(text);
  });

  it('does not change the document it is given', () => {
    const doc = sample();
    const copy = structuredClone(doc);
    serialiseDocument(reverseKeys(doc) as RollcallDocument);
    serialiseDocument(doc);
    expect(doc).toEqual(copy);
    expect(Object.keys(doc.audit[0].changes[0].after as object)).toEqual(['z', 'a']);
  });

  it('refuses an invalid document with the field path', () => {
    const doc = sample();
    (doc.credits[0] as { placement: string }).placement = 'middle';
    expect(() => serialiseDocument(doc)).toThrow(/credits\[0\]\.placement/);
    try {
      serialiseDocument(doc);
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_DOCUMENT' });
    }
  });
});
