// The domain model of a production document, as zod schemas. Every TypeScript type of the model is derived
// from these schemas (see types.ts), so a value that passed `RollcallDocumentSchema.parse` is exactly what the
// code expects. Field order in each object is the key order written to disk (see shared/format/serialise.ts).
import { z } from 'zod';

export const FORMAT_NAME = 'rollcall';
export const FORMAT_VERSION = 2;

/** Identifiers are opaque strings made by `newId()`; imported files may carry any short printable id. */
export const IdSchema = z.string().min(1).max(100);
/** ISO-8601 instant, e.g. 2026-11-28T13:00:00.000Z. */
export const InstantSchema = z.iso.datetime({ offset: true });
/** A name or label a person typed: never empty after trimming, bounded so that a pasted novel cannot hang the UI. */
export const NameSchema = z.string().trim().min(1, 'A name cannot be empty.').max(2000, 'A name can have at most 2,000 characters.');
export const TextSchema = z.string().max(100_000);

export const ProductionKindSchema = z.enum(['feature', 'series', 'documentary', 'short', 'special']);
export const PlacementSchema = z.enum(['main', 'end']);
export const CreditStatusSchema = z.enum(['draft', 'proposed', 'approved', 'locked']);
export const GuildSchema = z.enum(['PGA', 'DGA', 'WGA', 'SAG-AFTRA', 'IATSE', 'ACTRA', 'BECTU', 'Equity', 'Other']);

export const EpisodeSchema = z.object({
  id: IdSchema,
  season: z.number().int().min(0).max(999),
  number: z.number().int().min(0).max(9999),
  title: z.string().max(500),
});

export const ProductionSchema = z.object({
  id: IdSchema,
  title: NameSchema,
  kind: ProductionKindSchema,
  year: z.number().int().min(1870).max(2200).nullable(),
  /** Companies presenting or producing, in billing order ("in association with" credits use company credits). */
  companyIds: z.array(IdSchema),
  episodes: z.array(EpisodeSchema),
  /** Production-wide rule: these title ids need at least one justified contribution before approval. */
  policy: z.object({
    justificationRequiredTitleIds: z.array(IdSchema),
  }),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});

export const GuildMembershipSchema = z.object({
  guild: GuildSchema,
  /** Free text for guilds not in the list, or a membership number. */
  detail: z.string().max(200),
  /** Producers Guild certification that allows the p.g.a. mark (features only). */
  pgaCertified: z.boolean(),
});

/** Private: never exported, never printed on a roll. */
export const ContactSchema = z.object({
  email: z.string().max(320),
  phone: z.string().max(100),
  address: z.string().max(2000),
  agent: z.string().max(500),
});

export const PersonSchema = z.object({
  id: IdSchema,
  /** The name as credited on screen by default. */
  name: NameSchema,
  /** How the name sorts ("Saldaña, Zoë"); empty means derive from the name. */
  sortName: z.string().max(2000),
  legalName: z.string().max(2000),
  pronouns: z.string().max(100),
  guilds: z.array(GuildMembershipSchema),
  contact: ContactSchema,
  notes: TextSchema,
});

export const CompanySchema = z.object({
  id: IdSchema,
  name: NameSchema,
  /** Optional logo from `images`. */
  logoImageId: IdSchema.nullable(),
  contact: ContactSchema,
  notes: TextSchema,
});

export const DepartmentSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  /** Position in the roll; departments run in ascending order. */
  order: z.number(),
});

export const CreditTitleSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  /** "Associate Producers"; empty means add an "s". */
  plural: z.string().max(2000),
  departmentId: IdSchema,
  definition: z.string().max(5000),
  /** Whether the p.g.a. mark may follow names under this title ("Produced by", "Producer"). */
  pgaEligible: z.boolean(),
  /** Position inside its department; ascending. */
  order: z.number(),
});

export const ContributionTypeSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  builtIn: z.boolean(),
});

export const ContributionSchema = z.object({
  id: IdSchema,
  typeId: IdSchema,
  justification: TextSchema,
  /** Deal memo, contract clause, "email of 3 March 2026". */
  evidence: z.string().max(5000),
  recordedBy: z.string().max(500),
  recordedAt: InstantSchema,
});

export const CreditSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: IdSchema }),
  z.object({ kind: z.literal('company'), companyId: IdSchema }),
]);

export const CreditSchema = z.object({
  id: IdSchema,
  titleId: IdSchema,
  subject: CreditSubjectSchema,
  placement: PlacementSchema,
  /** Billing position inside its title; ascending, ties broken by sort name. */
  billing: z.number(),
  /** Name on screen when different from the person's name; empty means the person's name. */
  creditedAs: z.string().max(2000),
  /** Character name for a cast credit ("Twin Girl #2"). */
  character: z.string().max(2000),
  /** Kept on record, left off the roll (IMDb's "(uncredited)"). */
  uncredited: z.boolean(),
  /** Writers: credits sharing a team id are joined with "&"; separate writers with "and". */
  teamId: z.string().max(100),
  /** Show the p.g.a. mark (only honoured on eligible titles for certified people). */
  pgaMark: z.boolean(),
  episodes: z.union([z.literal('all'), z.array(IdSchema)]),
  status: CreditStatusSchema,
  contractNotes: TextSchema,
  contributions: z.array(ContributionSchema),
  approvedBy: z.string().max(500),
  approvedAt: InstantSchema.nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});

export const SongSchema = z.object({
  id: IdSchema,
  title: NameSchema,
  writtenBy: z.string().max(2000),
  performedBy: z.string().max(2000),
  courtesyOf: z.string().max(2000),
  order: z.number(),
});

export const ImageSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  kind: z.enum(['company', 'guild', 'union', 'other']),
  mediaType: z.enum(['image/png', 'image/jpeg', 'image/svg+xml', 'image/webp']),
  /** The image bytes, base64. Kept inside the document so that a .rollcall file is self-contained. */
  data: z.string().max(20_000_000),
  /** Position among the logos at the end of the roll; ascending, ties in file order. Absent (older files): 0. */
  order: z.number().catch(0),
});

export const ParagraphSchema = z.object({
  id: IdSchema,
  kind: z.enum(['copyright', 'disclaimer', 'thanks', 'other']),
  text: TextSchema,
  order: z.number(),
});

export const FieldChangeSchema = z.object({
  field: z.string().max(200),
  before: z.unknown(),
  after: z.unknown(),
});

/** One change to the document: who, when, what, before and after. Credit history is the audit filtered by entity. */
export const AuditEntrySchema = z.object({
  id: IdSchema,
  at: InstantSchema,
  by: z.string().max(500),
  entity: z.enum(['production', 'person', 'company', 'department', 'title', 'credit', 'song', 'image', 'paragraph', 'revision', 'import']),
  entityId: z.string().max(100),
  action: z.string().max(100),
  summary: z.string().max(5000),
  changes: z.array(FieldChangeSchema),
});

export const RollStyleSchema = z.object({
  preset: z.string().max(100),
  fontFamily: z.string().max(500),
  headingFontFamily: z.string().max(500),
  roleSizePx: z.number().min(6).max(400),
  nameSizePx: z.number().min(6).max(400),
  headingSizePx: z.number().min(6).max(400),
  roleWeight: z.number().int().min(100).max(900),
  nameWeight: z.number().int().min(100).max(900),
  lineHeight: z.number().min(0.8).max(3),
  gutterPx: z.number().min(0).max(1000),
  nameColumns: z.number().int().min(1).max(4),
  /** Role-name pairs in one column, or two side by side. Added after files of version 2 existed: absent means 1. */
  pairColumns: z.union([z.literal(1), z.literal(2)]).catch(1),
  /** Opening titles: one credit per card, or one card per title. Added later in version 2: absent means one per card. */
  mainCards: z.enum(['single', 'grouped']).catch('single'),
  align: z.enum(['center', 'left', 'right', 'split']),
  roleCase: z.enum(['as-entered', 'upper', 'lower', 'title']),
  nameCase: z.enum(['as-entered', 'upper', 'lower', 'title']),
  color: z.string().max(50),
  background: z.string().max(50),
  frame: z.enum(['1920x1080', '3840x2160']),
  fps: z.enum(['23.976', '24', '25', '29.97']),
  speedPxPerFrame: z.number().int().min(1).max(30),
  targetSeconds: z.number().min(0).max(36_000).nullable(),
});

/** A named revision: a compact snapshot of the credits at one moment (see shared/revisions). */
export const RevisionSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  note: TextSchema,
  createdAt: InstantSchema,
  createdBy: z.string().max(500),
  /** Encoded snapshot; its shape belongs to shared/revisions and is validated there. */
  snapshot: z.unknown(),
});

export const RollcallDocumentSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.literal(FORMAT_VERSION),
  production: ProductionSchema,
  departments: z.array(DepartmentSchema),
  titles: z.array(CreditTitleSchema),
  contributionTypes: z.array(ContributionTypeSchema),
  people: z.array(PersonSchema),
  companies: z.array(CompanySchema),
  credits: z.array(CreditSchema),
  songs: z.array(SongSchema),
  images: z.array(ImageSchema),
  paragraphs: z.array(ParagraphSchema),
  style: RollStyleSchema,
  audit: z.array(AuditEntrySchema),
  revisions: z.array(RevisionSchema),
});
