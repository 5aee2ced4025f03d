// The production the import tests import into: Night Train with one person, Zoë Saldaña, as Producer (billing 4),
// so that matching an existing person and numbering billing after hers can be seen.
import { createCredit, createDocument, createPerson } from '../../../shared/model/create';
import type { RollcallDocument } from '../../../shared/model/types';

export function productionWithZoe(): RollcallDocument {
  const document = createDocument({ title: 'Night Train' });
  const zoe = createPerson({ id: 'person:zoe', name: 'Zoë Saldaña' });
  return {
    ...document,
    people: [zoe],
    credits: [createCredit({ id: 'credit:zoe', titleId: 'title:producer', subject: { kind: 'person', personId: zoe.id }, billing: 4 })],
  };
}
