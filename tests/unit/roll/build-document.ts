// Small documents for composition tests, built with the model's own constructors so every field is filled.
import { createCredit, createDocument, createPerson, type Credit, type Person, type ProductionKind, type RollcallDocument } from '../../../shared/model';

export interface Builder {
  doc: RollcallDocument;
  person(name: string, extra?: Partial<Person>): Person;
  credit(titleId: string, person: Person, extra?: Partial<Credit>): Credit;
}

export function buildDocument(kind: ProductionKind = 'feature', title = 'Test Picture'): Builder {
  const doc = createDocument({ title, kind, year: 2026 });
  return {
    doc,
    person(name, extra = {}) {
      const p = createPerson({ name, ...extra });
      doc.people.push(p);
      return p;
    },
    credit(titleId, person, extra = {}) {
      const c = createCredit({ titleId, subject: { kind: 'person', personId: person.id }, ...extra });
      doc.credits.push(c);
      return c;
    },
  };
}

export const certifiedPga = [{ guild: 'PGA' as const, detail: '', pgaCertified: true }];
