// The import's record constructors build each record as one literal instead of spreading an init object over
// the defaults: they must give exactly what createPerson and createCredit give for the same fields, including
// the order of the fields (it shows in saved files). Compared over random field values, ids aside.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCredit, createImportedCredit, createPerson, createPersonWithEmail, emptyContact, type ImportedCreditFields } from '../../../shared/model/create';

/** JSON with the random id blanked, so that two records made at different moments compare. */
function withoutId(record: { id: string }): string {
  return JSON.stringify({ ...record, id: '' }, (key, value) => value);
}

const text = fc.string({ maxLength: 12 });
const contribution = fc.record({ id: text, typeId: text, justification: text, evidence: text, recordedBy: text, recordedAt: fc.constant('2026-01-01T00:00:00.000Z') });
const fields: fc.Arbitrary<ImportedCreditFields> = fc.record({
  titleId: text,
  subject: fc.oneof(fc.record({ kind: fc.constant('person' as const), personId: text }), fc.record({ kind: fc.constant('company' as const), companyId: text })),
  placement: fc.constantFrom('main' as const, 'end' as const),
  billing: fc.oneof(fc.integer(), fc.double({ noNaN: true })),
  creditedAs: text,
  character: text,
  episodes: fc.oneof(fc.constant('all' as const), fc.array(text, { maxLength: 3 })),
  contractNotes: text,
  contributions: fc.array(contribution, { maxLength: 2 }),
});

describe('createImportedCredit', () => {
  it('gives what createCredit gives for the same fields and times, field for field and in the same order', () => {
    fc.assert(
      fc.property(fields, fc.constantFrom('2026-03-01T09:00:00.000Z', '1999-12-31T23:59:59.999Z'), (given, at) => {
        const fast = createImportedCredit(given, at);
        const plain = createCredit({ ...given, createdAt: at, updatedAt: at });
        expect(withoutId(fast)).toBe(withoutId(plain));
        expect(Object.keys(fast)).toEqual(Object.keys(plain));
        expect(fast.id).toMatch(/^[0-9a-f-]{36}$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('createPersonWithEmail', () => {
  it('gives what createPerson with that name and email gives, field for field and in the same order', () => {
    fc.assert(
      fc.property(text, text, (name, email) => {
        const fast = createPersonWithEmail(name, email);
        const plain = createPerson({ name, contact: { ...emptyContact(), email } });
        expect(withoutId(fast)).toBe(withoutId(plain));
        expect(Object.keys(fast)).toEqual(Object.keys(plain));
        expect(Object.keys(fast.contact)).toEqual(Object.keys(plain.contact));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives each person a new id and new arrays and contacts of their own', () => {
    const a = createPersonWithEmail('Ann Lee', '');
    const b = createPersonWithEmail('Ann Lee', '');
    expect(a.id).not.toBe(b.id);
    expect(a.guilds).not.toBe(b.guilds);
    expect(a.contact).not.toBe(b.contact);
  });
});
