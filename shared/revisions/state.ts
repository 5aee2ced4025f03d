// The credits-relevant state of a production: what a revision keeps and what a comparison compares. Private
// contact details of people and companies are left out on purpose: a revision is a record of the credits, and
// contact data changes for reasons that have nothing to do with what goes on screen.
import { z } from 'zod';
import { CompanySchema, ContributionTypeSchema, CreditSchema, CreditTitleSchema, DepartmentSchema, NameSchema, PersonSchema } from '../model/schema';
import type { RollcallDocument } from '../model/types';

export const PublicPersonSchema = PersonSchema.omit({ contact: true });
export const PublicCompanySchema = CompanySchema.omit({ contact: true });

export const CreditsStateSchema = z.object({
  productionTitle: NameSchema,
  departments: z.array(DepartmentSchema),
  titles: z.array(CreditTitleSchema),
  contributionTypes: z.array(ContributionTypeSchema),
  people: z.array(PublicPersonSchema),
  companies: z.array(PublicCompanySchema),
  credits: z.array(CreditSchema),
});

export type PublicPerson = z.infer<typeof PublicPersonSchema>;
export type PublicCompany = z.infer<typeof PublicCompanySchema>;
export type CreditsState = z.infer<typeof CreditsStateSchema>;

/** The tables of a state that revisions store record by record, keyed by `id`. */
export const STATE_TABLES = ['departments', 'titles', 'contributionTypes', 'people', 'companies', 'credits'] as const;
export type StateTable = (typeof STATE_TABLES)[number];

function withoutContact<T extends { contact: unknown }>(record: T): Omit<T, 'contact'> {
  const { contact: _private, ...rest } = record;
  return rest;
}

/** The current credits state of a document (records are shared with the document, not copied: treat as read-only). */
export function creditsStateOf(document: RollcallDocument): CreditsState {
  return {
    productionTitle: document.production.title,
    departments: document.departments,
    titles: document.titles,
    contributionTypes: document.contributionTypes,
    people: document.people.map(withoutContact),
    companies: document.companies.map(withoutContact),
    credits: document.credits,
  };
}
