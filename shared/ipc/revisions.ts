// Channels of the revisions feature that need main: choosing another production file to compare against (main's
// open dialog; the renderer never names a path), and writing a comparison as PDF or text (main's save dialog).
// Saving, restoring and comparing revisions themselves are pure functions in shared/revisions and shared/diff that
// the renderer calls directly.
import { z } from 'zod';
import { ProductionKindSchema, RollcallDocumentSchema } from '../model/schema';
import { CreditsStateSchema } from '../revisions/state';
import { channel } from './channel';

export const ReportLabelsSchema = z.object({
  productionTitle: z.string().max(2000),
  beforeLabel: z.string().max(2000),
  afterLabel: z.string().max(2000),
  note: z.string().max(2000).optional(),
});

export const ComparisonSourceSchema = z.discriminatedUnion('kind', [
  /** The two credits states: main compares them and renders the report itself (preferred: no markup crosses IPC). */
  z.object({ kind: z.literal('states'), before: CreditsStateSchema, after: CreditsStateSchema, labels: ReportLabelsSchema, productionKind: ProductionKindSchema.optional() }),
  /** A report the renderer already rendered with shared/diff/report: text for 'txt', HTML for 'pdf'. */
  z.object({ kind: z.literal('rendered'), content: z.string().max(50_000_000) }),
]);

export const revisionChannels = {
  /** Open dialog for another production file; returns it read and migrated to the current format. CANCELLED when dismissed. */
  'revisions:chooseFileToCompare': channel(
    z.object({}),
    z.object({
      /** File name without folder, for the comparison's label: "Night Train v6.rollcall". */
      displayName: z.string(),
      document: RollcallDocumentSchema,
      /** Sentences about the file: migrated from an older format, written by a newer Rollcall. */
      notices: z.array(z.string()),
    }),
  ),
  /** Save dialog, then the comparison written as PDF or text. CANCELLED when dismissed. */
  'revisions:exportComparison': channel(
    z.object({
      format: z.enum(['pdf', 'txt']),
      /** Suggested file name without folder or extension. */
      defaultName: z.string().max(200).optional(),
      source: ComparisonSourceSchema,
    }),
    z.object({ fileName: z.string(), bytes: z.number().int().nonnegative() }),
  ),
};
