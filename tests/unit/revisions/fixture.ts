// A small hand-made production for revision and comparison tests.
import { createCredit, createDocument, createPerson, createContribution } from '../../../shared/model/create';
import type { Credit, RollcallDocument } from '../../../shared/model/types';

export function smallProduction(): RollcallDocument {
  const doc = createDocument({ title: 'Night Train' });
  const ana = createPerson({ id: 'p-ana', name: 'Anaïs Lefort', contact: { email: 'ana@example.com', phone: '+33 1 23', address: 'Paris', agent: '' } });
  const jon = createPerson({ id: 'p-jon', name: 'Jon Smith' });
  const mara = createPerson({ id: 'p-mara', name: 'Mara Okafor' });
  const yael = createPerson({ id: 'p-yael', name: 'יעל בר-און' });
  const credits: Credit[] = [
    createCredit({
      id: 'c-ana-ap',
      titleId: 'title:associate-producer',
      subject: { kind: 'person', personId: ana.id },
      status: 'approved',
      billing: 1,
      contributions: [createContribution({ id: 'k-1', typeId: 'contribution:creative', justification: 'Researched the archive footage.', evidence: 'Email of 3 March' })],
    }),
    createCredit({ id: 'c-jon-grip', titleId: 'title:grip', subject: { kind: 'person', personId: jon.id } }),
    createCredit({ id: 'c-mara-cast', titleId: 'title:cast', subject: { kind: 'person', personId: mara.id }, billing: 1, character: 'The Conductor' }),
    createCredit({ id: 'c-yael-cast', titleId: 'title:cast', subject: { kind: 'person', personId: yael.id }, billing: 2, character: 'Nurse' }),
  ];
  return { ...doc, people: [ana, jon, mara, yael], credits };
}

export function editCredit(doc: RollcallDocument, id: string, change: Partial<Credit>): RollcallDocument {
  return { ...doc, credits: doc.credits.map((c) => (c.id === id ? { ...c, ...change } : c)) };
}
