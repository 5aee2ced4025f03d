// Builds an export file's bytes: the pure exporters of shared/export, plus what needs the machine. The HTML crawl
// gets its fonts embedded (subset to the characters it uses); the PDF review copy and the justification report
// are printed by the given printer (Electron's printToPDF in the app, headless Chromium in the CLI and tests).
import type { RollcallDocument } from '../../shared/model';
import { exportFileName, FORMAT_INFO, type ExportFormat, type FormatInfo } from '../../shared/export/formats';
import { renderExport } from '../../shared/export/render';
import { composeRoll } from '../../shared/roll/compose';
import { embeddedFontCss } from './embed-fonts';

export type PdfPrinter = (html: string, options: { landscape?: boolean; headerTitle?: string }) => Promise<Uint8Array>;

export interface BuildOptions {
  episodeId?: string | null;
  revisionName?: string;
  /** The date on PDF pages; default now. */
  date?: Date;
  printToPdf: PdfPrinter;
  /** Embed subset fonts in the HTML crawl (default true); off gives a smaller file that uses the viewer's fonts. */
  embedFonts?: boolean;
}

export interface BuiltExport {
  bytes: Uint8Array;
  /** The default file name: production, episode, revision and kind, safe on every platform. */
  fileName: string;
  info: FormatInfo;
}

const FONT_SLOT = '/*rollcall:font-faces*/';
const encoder = new TextEncoder();

export async function buildExport(document: RollcallDocument, format: ExportFormat, options: BuildOptions): Promise<BuiltExport> {
  const episodeId = options.episodeId ?? null;
  const fileName = exportFileName(document, format, { episodeId, revisionName: options.revisionName });
  const info = FORMAT_INFO[format];
  const roll = format === 'csv' || format === 'justification' ? undefined : composeRoll(document, { episodeId });
  const common = { episodeId, revisionName: options.revisionName, date: options.date, roll };

  if (format === 'html') {
    // Render once with a marker where the fonts go, then subset to exactly the characters of that document.
    const output = renderExport(document, 'html', { ...common, fontFaceCss: FONT_SLOT });
    let html = output.kind === 'text' ? output.text : output.html;
    if (options.embedFonts ?? true) {
      const fonts = await embeddedFontCss(html, document.style);
      const at = html.indexOf(FONT_SLOT);
      html = html.slice(0, at) + fonts + html.slice(at + FONT_SLOT.length);
    } else {
      html = html.replace(FONT_SLOT, '');
    }
    return { bytes: encoder.encode(html), fileName, info };
  }
  const output = renderExport(document, format, common);
  if (output.kind === 'text') return { bytes: encoder.encode(output.text), fileName, info };
  const bytes = await options.printToPdf(output.html, { headerTitle: document.production.title });
  return { bytes, fileName, info };
}
