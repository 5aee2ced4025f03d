// One entry point for every export format, pure: the document in, text or print-ready HTML out. The main process
// and the CLI add what needs a machine: embedded fonts for the HTML crawl, and printing for the two PDFs.
import type { RollcallDocument } from '../model';
import { composeRoll } from '../roll/compose';
import { renderRollHtml } from '../roll/html';
import type { Roll } from '../roll/types';
import { creditsToCsv } from './csv';
import { formatDay } from './dates';
import type { ExportFormat } from './formats';
import { rollToJson } from './json';
import { renderJustificationHtml } from './justification';
import { rollToText } from './text';
import { rollToTsv } from './tsv';

export interface ExportOptions {
  episodeId?: string | null;
  revisionName?: string;
  /** The date printed on PDF pages (default: now). */
  date?: Date;
  /** @font-face rules for the HTML crawl (and the PDFs, if wanted). */
  fontFaceCss?: string;
  /** A roll already composed for this document and episode (the preview has one). */
  roll?: Roll;
}

/** `text`: the file's contents. `print`: HTML to print to PDF (pdf and justification). */
export type ExportOutput = { kind: 'text'; text: string } | { kind: 'print'; html: string };

export function renderExport(document: RollcallDocument, format: ExportFormat, options: ExportOptions = {}): ExportOutput {
  const episodeId = options.episodeId ?? null;
  const dateText = formatDay(options.date ?? new Date());
  const roll = () => options.roll ?? composeRoll(document, { episodeId });
  switch (format) {
    case 'txt':
      return { kind: 'text', text: rollToText(roll()) };
    case 'tsv':
      return { kind: 'text', text: rollToTsv(roll()) };
    case 'json':
      return { kind: 'text', text: rollToJson(roll()) };
    case 'csv':
      return { kind: 'text', text: creditsToCsv(document, { episodeId }) };
    case 'html':
      return { kind: 'text', text: renderRollHtml(roll(), document.style, { mode: 'crawl', fontFaceCss: options.fontFaceCss }) };
    case 'pdf':
      return { kind: 'print', html: renderRollHtml(roll(), document.style, { mode: 'pdf', revisionName: options.revisionName, dateText, fontFaceCss: options.fontFaceCss }) };
    case 'justification':
      return { kind: 'print', html: renderJustificationHtml(document, { episodeId, revisionName: options.revisionName, dateText, fontFaceCss: options.fontFaceCss }) };
  }
}
