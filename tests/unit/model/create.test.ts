// The record constructors of shared/model/create.ts: each returns a record its zod schema accepts as it is, with a
// fresh unique id, ISO timestamps of the moment it was made, and nothing shared with the next record it makes.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createCompany,
  createContribution,
  createCredit,
  createDocument,
  createPerson,
  DEFAULT_STYLE,
  emptyContact,
} from '../../../shared/model/create';
import {
  CompanySchema,
  ContactSchema,
  ContributionSchema,
  CreditSchema,
  FORMAT_NAME,
  FORMAT_VERSION,
  PersonSchema,
  RollcallDocumentSchema,
  RollStyleSchema,
} from '../../../shared/model/schema';

const MANY = 500;
let before: number;
beforeEach(() => {
  before = Date.now();
});

/** An ISO 8601 instant as toISOString writes it, taken during the test. */
function expectNowIso(value: string): void {
  expect(new Date(value).toISOString()).toBe(value);
  expect(Date.parse(value)).toBeGreaterThanOrEqual(before);
  expect(Date.parse(value)).toBeLessThanOrEqual(Date.now());
}

function expectUnique(ids: string[]): void {
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id.length).toBeGreaterThan(0);
}

describe('createDocument', () => {
  it('is a valid production in the current format, with the seeded library', () => {
    const document = createDocument({ title: '  Night Train  ', kind: 'documentary', year: 2026 });
    expect(RollcallDocumentSchema.parse(document)).toEqual(document);
    expect(document).toMatchObject({ format: FORMAT_NAME, formatVersion: FORMAT_VERSION });
    expect(document.production).toMatchObject({ title: 'Night Train', kind: 'documentary', year: 2026, companyIds: [], episodes: [] });
    expect(document.departments.length).toBeGreaterThan(0);
    expect(document.titles.length).toBeGreaterThan(0);
    expect(document.contributionTypes.map((t) => t.name)).toEqual(expect.arrayContaining(['Creative', 'Financial', 'Logistical']));
    for (const list of [document.people, document.companies, document.credits, document.songs, document.images, document.paragraphs, document.audit, document.revisions]) {
      expect(list).toEqual([]);
    }
    expect(document.style).toEqual(DEFAULT_STYLE);
  });

  it('defaults to a feature without a year, and stamps created and updated with the same instant', () => {
    const { production } = createDocument({ title: 'Untitled' });
    expect(production).toMatchObject({ kind: 'feature', year: null });
    expectNowIso(production.createdAt);
    expect(production.updatedAt).toBe(production.createdAt);
  });

  it('names in its justification policy only titles it has, and every title sits in one of its departments', () => {
    const document = createDocument({ title: 'Policy' });
    const titleIds = new Set(document.titles.map((t) => t.id));
    const departmentIds = new Set(document.departments.map((d) => d.id));
    expect(document.production.policy.justificationRequiredTitleIds.length).toBeGreaterThan(0);
    for (const id of document.production.policy.justificationRequiredTitleIds) expect(titleIds).toContain(id);
    for (const title of document.titles) expect(departmentIds).toContain(title.departmentId);
    expectUnique(document.titles.map((t) => t.id));
    expectUnique(document.departments.map((d) => d.id));
    expectUnique(document.contributionTypes.map((t) => t.id));
  });

  it('gives each production its own id and its own copies of the library and style', () => {
    const documents = Array.from({ length: 50 }, (_, i) => createDocument({ title: `Production ${i}` }));
    expectUnique(documents.map((d) => d.production.id));
    const [first, second] = documents;
    first.departments[0].name = 'Changed';
    first.titles[0].name = 'Changed';
    first.contributionTypes[0].name = 'Changed';
    first.production.policy.justificationRequiredTitleIds.push('title:changed');
    first.style.fontFamily = 'Changed';
    expect(second.departments[0].name).not.toBe('Changed');
    expect(second.titles[0].name).not.toBe('Changed');
    expect(second.contributionTypes[0].name).not.toBe('Changed');
    expect(second.production.policy.justificationRequiredTitleIds).not.toContain('title:changed');
    expect(second.style.fontFamily).toBe(DEFAULT_STYLE.fontFamily);
    expect(DEFAULT_STYLE.fontFamily).not.toBe('Changed');
  });
});

describe('createPerson', () => {
  it('is a valid person with every field filled', () => {
    const person = createPerson({ name: 'Zoë Saldaña' });
    expect(PersonSchema.parse(person)).toEqual(person);
    expect(person).toMatchObject({ name: 'Zoë Saldaña', sortName: '', legalName: '', pronouns: '', guilds: [], notes: '', contact: emptyContact() });
  });

  it('keeps what the caller names, id included', () => {
    const person = createPerson({ id: 'person:ana', name: 'Ana Lima', pronouns: 'she/her', guilds: [{ guild: 'PGA', detail: '', pgaCertified: true }] });
    expect(person).toMatchObject({ id: 'person:ana', name: 'Ana Lima', pronouns: 'she/her', guilds: [{ guild: 'PGA', pgaCertified: true }] });
    expect(PersonSchema.safeParse(person).success).toBe(true);
  });

  it('gives unique ids and a contact of its own to each person', () => {
    const people = Array.from({ length: MANY }, (_, i) => createPerson({ name: `Person ${i}` }));
    expectUnique(people.map((p) => p.id));
    people[0].contact.email = 'ana@example.com';
    expect(people[1].contact.email).toBe('');
    expect(emptyContact().email).toBe('');
  });
});

describe('createCompany', () => {
  it('is a valid company without a logo, with unique ids', () => {
    const company = createCompany({ name: 'Harbour Films' });
    expect(CompanySchema.parse(company)).toEqual(company);
    expect(company).toMatchObject({ name: 'Harbour Films', logoImageId: null, notes: '', contact: emptyContact() });
    expectUnique(Array.from({ length: MANY }, () => createCompany({ name: 'Same Name' }).id));
  });
});

describe('createCredit', () => {
  it('is a valid draft end credit for the subject and title given', () => {
    const credit = createCredit({ titleId: 'title:producer', subject: { kind: 'person', personId: 'person:ana' } });
    expect(CreditSchema.parse(credit)).toEqual(credit);
    expect(credit).toMatchObject({
      titleId: 'title:producer',
      subject: { kind: 'person', personId: 'person:ana' },
      placement: 'end',
      status: 'draft',
      episodes: 'all',
      uncredited: false,
      contributions: [],
      approvedBy: '',
      approvedAt: null,
    });
    expectNowIso(credit.createdAt);
    expect(credit.updatedAt).toBe(credit.createdAt);
  });

  it('takes a company as subject and keeps the fields it is given', () => {
    const credit = createCredit({ titleId: 'title:in-association-with', subject: { kind: 'company', companyId: 'company:harbour' }, placement: 'main', billing: 3, status: 'approved' });
    expect(CreditSchema.safeParse(credit).success).toBe(true);
    expect(credit).toMatchObject({ subject: { kind: 'company', companyId: 'company:harbour' }, placement: 'main', billing: 3, status: 'approved' });
  });

  it('gives unique ids, and each credit its own contributions list', () => {
    const credits = Array.from({ length: MANY }, () => createCredit({ titleId: 'title:producer', subject: { kind: 'person', personId: 'p' } }));
    expectUnique(credits.map((c) => c.id));
    credits[0].contributions.push(createContribution({ typeId: 'contribution:creative' }));
    expect(credits[1].contributions).toEqual([]);
  });
});

describe('createContribution', () => {
  it('is a valid contribution recorded now, with unique ids', () => {
    const contribution = createContribution({ typeId: 'contribution:financial', justification: 'Raised the completion bond.' });
    expect(ContributionSchema.parse(contribution)).toEqual(contribution);
    expect(contribution).toMatchObject({ typeId: 'contribution:financial', justification: 'Raised the completion bond.', evidence: '', recordedBy: '' });
    expectNowIso(contribution.recordedAt);
    expectUnique(Array.from({ length: MANY }, () => createContribution({ typeId: 't' }).id));
  });
});

describe('the defaults', () => {
  it('DEFAULT_STYLE and emptyContact are valid as they are', () => {
    expect(RollStyleSchema.parse(DEFAULT_STYLE)).toEqual(DEFAULT_STYLE);
    expect(ContactSchema.parse(emptyContact())).toEqual(emptyContact());
  });
});
