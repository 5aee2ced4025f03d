// Exports on the machine: building files (fonts embedded, PDFs printed) and writing them. Plain Node: the CLI,
// the test harness and Electron's main process all use it.
export { buildExport, type BuildOptions, type BuiltExport, type PdfPrinter } from './build-export';
export { printHtmlToPdf, closePdfBrowser, noBrowserMessage, PDF_BROWSER_FLAGS, type PrintOptions } from './print-pdf';
export { embeddedFontCss, charactersOf } from './embed-fonts';
export { installedFonts, findFace, faceCharset, rangesCover } from './installed-fonts';
export { writeExportFile } from './write-export';
