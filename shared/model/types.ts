// Types of the model, derived from the schemas so that they are never written twice.
import type { z } from 'zod';
import type * as S from './schema';

export type ProductionKind = z.infer<typeof S.ProductionKindSchema>;
export type Placement = z.infer<typeof S.PlacementSchema>;
export type CreditStatus = z.infer<typeof S.CreditStatusSchema>;
export type Guild = z.infer<typeof S.GuildSchema>;
export type Episode = z.infer<typeof S.EpisodeSchema>;
export type Production = z.infer<typeof S.ProductionSchema>;
export type GuildMembership = z.infer<typeof S.GuildMembershipSchema>;
export type Contact = z.infer<typeof S.ContactSchema>;
export type Person = z.infer<typeof S.PersonSchema>;
export type Company = z.infer<typeof S.CompanySchema>;
export type Department = z.infer<typeof S.DepartmentSchema>;
export type CreditTitle = z.infer<typeof S.CreditTitleSchema>;
export type ContributionType = z.infer<typeof S.ContributionTypeSchema>;
export type Contribution = z.infer<typeof S.ContributionSchema>;
export type CreditSubject = z.infer<typeof S.CreditSubjectSchema>;
export type Credit = z.infer<typeof S.CreditSchema>;
export type Song = z.infer<typeof S.SongSchema>;
export type Image = z.infer<typeof S.ImageSchema>;
export type Paragraph = z.infer<typeof S.ParagraphSchema>;
export type FieldChange = z.infer<typeof S.FieldChangeSchema>;
export type AuditEntry = z.infer<typeof S.AuditEntrySchema>;
export type RollStyle = z.infer<typeof S.RollStyleSchema>;
export type Revision = z.infer<typeof S.RevisionSchema>;
export type RollcallDocument = z.infer<typeof S.RollcallDocumentSchema>;
