// Small documents and files for the document service's tests.
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serialiseDocument } from '../../../shared/format/serialise';
import { createCredit, createDocument, createPerson } from '../../../shared/model/create';
import type { RollcallDocument } from '../../../shared/model/types';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/documents');

export function smallDocument(title = 'Night Ferry', people = 3): RollcallDocument {
  const doc = createDocument({ title, kind: 'feature', year: 2026 });
  for (let i = 0; i < people; i++) {
    const person = createPerson({ name: `Person ${i + 1}` });
    doc.people.push(person);
    doc.credits.push(createCredit({ titleId: 'title:associate-producer', subject: { kind: 'person', personId: person.id }, billing: i }));
  }
  return doc;
}

export async function writeDocument(dir: string, name: string, doc: RollcallDocument): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, serialiseDocument(doc));
  return file;
}

export async function copyFixture(dir: string, fixture: string, name = fixture): Promise<string> {
  const file = path.join(dir, name);
  await copyFile(path.join(FIXTURES, fixture), file);
  return file;
}
