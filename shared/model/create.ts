// Constructors for new records with every field filled, so that callers only name what differs.
import { newId, nowIso } from './ids';
import { BUILT_IN_CONTRIBUTION_TYPES, DEFAULT_JUSTIFICATION_TITLE_IDS, seedDepartments, seedTitles } from './library';
import { FORMAT_NAME, FORMAT_VERSION } from './schema';
import type { Company, Contact, Contribution, Credit, Person, ProductionKind, RollcallDocument, RollStyle } from './types';

export const DEFAULT_STYLE: RollStyle = {
  preset: 'classic',
  fontFamily: 'Noto Sans',
  headingFontFamily: 'Noto Sans',
  roleSizePx: 28,
  nameSizePx: 36,
  headingSizePx: 40,
  roleWeight: 400,
  nameWeight: 600,
  lineHeight: 1.3,
  gutterPx: 48,
  nameColumns: 1,
  pairColumns: 1,
  mainCards: 'single',
  align: 'split',
  roleCase: 'as-entered',
  nameCase: 'as-entered',
  color: '#ffffff',
  background: '#000000',
  frame: '1920x1080',
  fps: '23.976',
  speedPxPerFrame: 4,
  targetSeconds: null,
};

export function emptyContact(): Contact {
  return { email: '', phone: '', address: '', agent: '' };
}

export function createDocument(init: { title: string; kind?: ProductionKind; year?: number | null }): RollcallDocument {
  const at = nowIso();
  return {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    production: {
      id: newId(),
      title: init.title.trim(),
      kind: init.kind ?? 'feature',
      year: init.year ?? null,
      companyIds: [],
      episodes: [],
      policy: { justificationRequiredTitleIds: [...DEFAULT_JUSTIFICATION_TITLE_IDS] },
      createdAt: at,
      updatedAt: at,
    },
    departments: seedDepartments(),
    titles: seedTitles(),
    contributionTypes: BUILT_IN_CONTRIBUTION_TYPES.map((t) => ({ ...t })),
    people: [],
    companies: [],
    credits: [],
    songs: [],
    images: [],
    paragraphs: [],
    style: { ...DEFAULT_STYLE },
    audit: [],
    revisions: [],
  };
}

export function createPerson(init: Partial<Person> & { name: string }): Person {
  return {
    id: newId(),
    sortName: '',
    legalName: '',
    pronouns: '',
    guilds: [],
    contact: emptyContact(),
    notes: '',
    ...init,
  };
}

/**
 * createPerson({ name, contact: { ...emptyContact(), email } }) as one literal, fields in the same order: an import
 * makes thousands of people, and the spread version builds four objects for each (and stores `name` outside the
 * object, after the defaults).
 */
export function createPersonWithEmail(name: string, email: string): Person {
  return {
    id: newId(),
    sortName: '',
    legalName: '',
    pronouns: '',
    guilds: [],
    contact: { email, phone: '', address: '', agent: '' },
    notes: '',
    name,
  };
}

export function createCompany(init: Partial<Company> & { name: string }): Company {
  return { id: newId(), logoImageId: null, contact: emptyContact(), notes: '', ...init };
}

export function createCredit(init: Partial<Credit> & Pick<Credit, 'titleId' | 'subject'>): Credit {
  // Reading the clock costs a Date and an ISO string; an import of 20,000 rows passes both times.
  const at = init.createdAt !== undefined && init.updatedAt !== undefined ? init.createdAt : nowIso();
  return {
    id: newId(),
    placement: 'end',
    billing: 0,
    creditedAs: '',
    character: '',
    uncredited: false,
    teamId: '',
    pgaMark: false,
    episodes: 'all',
    status: 'draft',
    contractNotes: '',
    contributions: [],
    approvedBy: '',
    approvedAt: null,
    createdAt: at,
    updatedAt: at,
    ...init,
  };
}

/** The fields an imported credit sets; the rest keep createCredit's defaults. */
export type ImportedCreditFields = Pick<Credit, 'titleId' | 'subject' | 'placement' | 'billing' | 'creditedAs' | 'character' | 'episodes' | 'contractNotes' | 'contributions'>;

/**
 * createCredit({ ...fields, createdAt: at, updatedAt: at }) as one literal with the same fields in the same order
 * (the defaults' order, then titleId and subject, which spreading adds last): 20,000 imported rows would otherwise
 * build an init object each and a credit whose last two fields live outside the object.
 */
export function createImportedCredit(fields: ImportedCreditFields, at: string): Credit {
  return {
    id: newId(),
    placement: fields.placement,
    billing: fields.billing,
    creditedAs: fields.creditedAs,
    character: fields.character,
    uncredited: false,
    teamId: '',
    pgaMark: false,
    episodes: fields.episodes,
    status: 'draft',
    contractNotes: fields.contractNotes,
    contributions: fields.contributions,
    approvedBy: '',
    approvedAt: null,
    createdAt: at,
    updatedAt: at,
    titleId: fields.titleId,
    subject: fields.subject,
  };
}

export function createContribution(init: Partial<Contribution> & Pick<Contribution, 'typeId'>): Contribution {
  return { id: newId(), justification: '', evidence: '', recordedBy: '', recordedAt: init.recordedAt ?? nowIso(), ...init };
}
