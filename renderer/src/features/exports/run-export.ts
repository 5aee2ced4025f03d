// One export: the working copy read whole, handed to main with the format, episode and revision; main builds the
// file, asks where to save it and writes it. Resolves with the name it was saved under.
import type { ExportFormat } from '../../../../shared/export/formats';
import { rollcall, unwrap } from '../../api';
import { readDocument } from '../../db/working-copy';

export const WORKING_COPY_LABEL = 'Working copy';

export interface ExportRequest {
  docId: string;
  format: ExportFormat;
  episodeId: string | null;
  revisionLabel: string;
}

export async function runExport(request: ExportRequest): Promise<string> {
  const document = await readDocument(request.docId);
  const label = request.revisionLabel.trim();
  // "Working copy" is what the PDF prints when no revision is named; leaving it out keeps it out of the file name.
  const revisionName = label === '' || label === WORKING_COPY_LABEL ? undefined : label;
  const result = await unwrap(rollcall().exports.run({ document, format: request.format, episodeId: request.episodeId, revisionName }));
  return result.fileName;
}
