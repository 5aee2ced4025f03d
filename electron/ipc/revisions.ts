// Handlers for the 'revisions:*' channels. Choosing a file to compare uses main's open dialog and the document
// service's reader (so older formats are migrated first); exporting a comparison uses main's save dialog, renders
// the report from the two states when given them, prints PDF through the host and writes atomically.
import path from 'node:path';
import { compareStates } from '../../shared/diff/compare';
import { comparisonHtml, comparisonText } from '../../shared/diff/report';
import { UserFacingError } from '../../shared/ipc/result';
import { atomicWriteFile } from '../documents/atomic-write';
import { describeWriteFailure } from '../documents/file-errors';
import { loadDocumentFile } from '../documents/load';
import type { FileFilter, Host } from '../host';
import type { HandlerMap } from './dispatch';

type RevisionChannels = Extract<keyof HandlerMap, `revisions:${string}`>;

const PRODUCTION_FILTERS: FileFilter[] = [{ name: 'Rollcall productions', extensions: ['rollcall'] }];
const EXPORT_FILTERS: Record<'pdf' | 'txt', FileFilter[]> = {
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  txt: [{ name: 'Plain text', extensions: ['txt'] }],
};

/** A file name without characters that no file system accepts, so a production title can be the default name. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return cleaned.slice(0, 150) || 'Comparison';
}

function withExtension(filePath: string, extension: string): string {
  return path.extname(filePath).toLowerCase() === `.${extension}` ? filePath : `${filePath}.${extension}`;
}

export function createRevisionHandlers(host: Host): Pick<HandlerMap, RevisionChannels> {
  return {
    'revisions:chooseFileToCompare': async () => {
      const chosen = await host.showOpenDialog({ title: 'Compare With Production', filters: PRODUCTION_FILTERS });
      if (!chosen) throw new UserFacingError('CANCELLED', 'No file was chosen, so nothing was compared.');
      const loaded = await loadDocumentFile(chosen);
      return { displayName: path.basename(chosen), document: loaded.document, notices: loaded.notices };
    },

    'revisions:exportComparison': async ({ format, defaultName, source }) => {
      let content: string;
      let title = defaultName ?? 'Comparison';
      if (source.kind === 'states') {
        const comparison = compareStates(source.before, source.after, { kind: source.productionKind });
        content = format === 'pdf' ? comparisonHtml(comparison, source.labels) : comparisonText(comparison, source.labels);
        title = defaultName ?? `${source.labels.productionTitle} – changes since ${source.labels.beforeLabel}`;
      } else {
        content = source.content;
      }
      const chosen = await host.showSaveDialog({ title: 'Export Comparison', defaultName: `${safeFileName(title)}.${format}`, filters: EXPORT_FILTERS[format] });
      if (!chosen) throw new UserFacingError('CANCELLED', 'The comparison was not exported: no file was chosen.');
      const target = withExtension(chosen, format);
      const bytes = format === 'pdf' ? await host.printToPdf(content, { headerTitle: title }) : new TextEncoder().encode(content);
      try {
        await atomicWriteFile(target, bytes);
      } catch (error) {
        throw new UserFacingError('WRITE_FAILED', `“${path.basename(target)}” could not be written because ${describeWriteFailure(error, path.dirname(target))}.`);
      }
      return { fileName: path.basename(target), bytes: bytes.byteLength };
    },
  };
}
