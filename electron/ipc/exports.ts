// Handler for 'exports:run': build the file first (so a problem such as an unknown episode is reported before any
// dialog), then ask where to save it with a safe default name, and write it atomically. PDFs print through the
// host (Electron's printToPDF in the app, headless Chromium in the harness).
import path from 'node:path';
import { FORMAT_INFO } from '../../shared/export/formats';
import { UserFacingError } from '../../shared/ipc/result';
import { buildExport } from '../exports/build-export';
import { writeExportFile } from '../exports/write-export';
import type { Host } from '../host';
import type { HandlerMap } from './dispatch';

type ExportChannels = Extract<keyof HandlerMap, `exports:${string}`>;

/** The chosen path with the format's extension, added when the user typed a name without it. */
function withExtension(filePath: string, extension: string): string {
  return path.extname(filePath).toLowerCase() === `.${extension}` ? filePath : `${filePath}.${extension}`;
}

export function createExportHandlers(host: Host): Pick<HandlerMap, ExportChannels> {
  return {
    'exports:run': async ({ document, format, episodeId, revisionName }) => {
      const built = await buildExport(document, format, {
        episodeId: episodeId ?? null,
        revisionName,
        printToPdf: (html, options) => host.printToPdf(html, options),
      });
      const info = FORMAT_INFO[format];
      const chosen = await host.showSaveDialog({
        title: `Export ${info.label}`,
        defaultName: built.fileName,
        filters: [{ name: info.label, extensions: [info.extension] }],
      });
      if (!chosen) throw new UserFacingError('CANCELLED', 'The export was cancelled, so no file was written.');
      const target = withExtension(chosen, info.extension);
      await writeExportFile(target, built.bytes);
      return { fileName: path.basename(target) };
    },
  };
}
