// The export formats, what their files are called and how a save dialog filters them.
import { z } from 'zod';
import type { RollcallDocument } from '../model';
import { safeFileName } from './file-name';

export const ExportFormatSchema = z.enum(['pdf', 'txt', 'csv', 'tsv', 'html', 'json', 'justification']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
export const EXPORT_FORMATS = ExportFormatSchema.options;

export interface FormatInfo {
  extension: string;
  /** What the export dialog and the save dialog's filter call it. */
  label: string;
  /** Last part of the default file name: "Night Train - Credits.pdf". */
  suffix: string;
  mediaType: string;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  pdf: { extension: 'pdf', label: 'PDF review copy', suffix: 'Credits', mediaType: 'application/pdf' },
  txt: { extension: 'txt', label: 'Plain text', suffix: 'Credits', mediaType: 'text/plain; charset=utf-8' },
  csv: { extension: 'csv', label: 'CSV (every credit, for legal and accounting review)', suffix: 'Credits', mediaType: 'text/csv; charset=utf-8' },
  tsv: { extension: 'tsv', label: 'TSV for title houses', suffix: 'Title house', mediaType: 'text/tab-separated-values; charset=utf-8' },
  html: { extension: 'html', label: 'HTML crawl (self-contained)', suffix: 'Crawl', mediaType: 'text/html; charset=utf-8' },
  json: { extension: 'json', label: 'JSON roll structure', suffix: 'Roll', mediaType: 'application/json' },
  justification: { extension: 'pdf', label: 'Justification report (PDF)', suffix: 'Justification report', mediaType: 'application/pdf' },
};

/** "S1E02" for an episode of the document, or '' when there is none. */
export function episodeCode(document: RollcallDocument, episodeId: string | null | undefined): string {
  if (!episodeId) return '';
  const e = document.production.episodes.find((x) => x.id === episodeId);
  return e ? `S${e.season}E${String(e.number).padStart(2, '0')}` : '';
}

/** The default name offered in the save dialog: "Night Train S1E02 (Locked 3) - Credits.pdf", made safe for every platform. */
export function exportFileName(document: RollcallDocument, format: ExportFormat, options: { episodeId?: string | null; revisionName?: string } = {}): string {
  const info = FORMAT_INFO[format];
  const code = episodeCode(document, options.episodeId);
  const revision = options.revisionName?.trim();
  const base = `${document.production.title}${code ? ` ${code}` : ''}${revision ? ` (${revision})` : ''} - ${info.suffix}`;
  return safeFileName(base, info.extension);
}
