// Putting a revision's credits back, into this production or into a new one. Both are pure: the caller keeps the
// document it passed in, which is what makes a restore undoable.
import { emptyContact } from '../model/create';
import { newId, nowIso } from '../model/ids';
import type { Company, Person, Revision, RollcallDocument } from '../model/types';
import { findRevision } from './lookup';
import { materialiseRevision } from './materialise';
import type { CreditsState } from './state';

/** The document with its credits-relevant parts replaced by `state`; everything else stays. */
function withState(document: RollcallDocument, shared: CreditsState): RollcallDocument {
  // A materialised state's records are frozen and cached; the document gets its own copies.
  const state = structuredClone(shared);
  // Contact details are not kept in revisions: people and companies that still exist keep theirs.
  const people = new Map(document.people.map((p) => [p.id, p]));
  const companies = new Map(document.companies.map((c) => [c.id, c]));
  const images = new Set(document.images.map((i) => i.id));
  const restoredCompanies: Company[] = state.companies.map((c) => ({
    ...c,
    logoImageId: c.logoImageId !== null && images.has(c.logoImageId) ? c.logoImageId : null,
    contact: companies.get(c.id)?.contact ?? emptyContact(),
  }));
  // The production's own presenting companies are not part of the credits state; keep them so it stays whole.
  const restoredIds = new Set(restoredCompanies.map((c) => c.id));
  for (const id of document.production.companyIds) {
    const company = companies.get(id);
    if (company && !restoredIds.has(id)) restoredCompanies.push(company);
  }
  return {
    ...document,
    production: { ...document.production, title: state.productionTitle },
    departments: state.departments,
    titles: state.titles,
    contributionTypes: state.contributionTypes,
    people: state.people.map((p): Person => ({ ...p, contact: people.get(p.id)?.contact ?? emptyContact() })),
    companies: restoredCompanies,
    credits: state.credits,
  };
}

function describe(revision: Revision): string {
  const day = revision.createdAt.slice(0, 10);
  return `revision “${revision.name}” (saved ${day}${revision.createdBy ? ` by ${revision.createdBy}` : ''})`;
}

/** Replaces the current credits with those of a revision. The revisions themselves are kept. */
export function restoreRevision(document: RollcallDocument, ref: string | Revision, options: { by: string; at?: string }): RollcallDocument {
  const revision = findRevision(document, ref);
  const at = options.at ?? nowIso();
  const restored = withState(document, materialiseRevision(document, revision));
  return {
    ...restored,
    production: { ...restored.production, updatedAt: at },
    audit: [
      ...document.audit,
      { id: newId(), at, by: options.by, entity: 'revision', entityId: revision.id, action: 'restore', summary: `Restored the credits of ${describe(revision)}.`, changes: [] },
    ],
  };
}

/**
 * A new production whose credits are those of a revision: a fresh production id, no revisions and an audit that
 * starts with where it came from. Record ids are kept, so comparing the two productions matches credits by identity.
 */
export function newProductionFromRevision(
  document: RollcallDocument,
  ref: string | Revision,
  options: { by: string; at?: string; title?: string },
): RollcallDocument {
  const revision = findRevision(document, ref);
  const at = options.at ?? nowIso();
  const state = materialiseRevision(document, revision);
  const base = withState(document, state);
  const title = options.title?.trim() || state.productionTitle;
  const productionId = newId();
  return {
    ...base,
    production: { ...base.production, id: productionId, title, createdAt: at, updatedAt: at },
    audit: [
      {
        id: newId(),
        at,
        by: options.by,
        entity: 'production',
        entityId: productionId,
        action: 'create',
        summary: `Started from ${describe(revision)} of “${document.production.title}”.`,
        changes: [],
      },
    ],
    revisions: [],
  };
}
