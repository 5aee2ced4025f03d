// Exporters: pure functions from a document (or its roll) to the contents of each export file.
export { EXPORT_FORMATS, ExportFormatSchema, FORMAT_INFO, exportFileName, episodeCode, type ExportFormat, type FormatInfo } from './formats';
export { renderExport, type ExportOptions, type ExportOutput } from './render';
export { creditsToCsv, CSV_COLUMNS } from './csv';
export { rollToText } from './text';
export { rollToTsv } from './tsv';
export { rollToJson } from './json';
export { renderJustificationHtml, justificationGroups } from './justification';
export { neutraliseFormula, csvField, tsvField } from './spreadsheet-cells';
export { safeFileName } from './file-name';
export { creditRecords, type CreditRecord } from './credit-records';
export { findEpisodeByReference, type EpisodeLookup } from './episode-ref';
