// The revision label the Export dialog suggests: the latest revision's name only while the credits are still the
// ones saved under it. After a later edit the PDF would print "Revision: Sent to legal" over credits legal never saw,
// so the suggestion falls back to the working copy. "Unchanged" is decided the way the Revisions panel compares a
// revision with the current credits (compareSides, then an empty comparison).
import { isEmptyComparison } from '../../../../shared/diff';
import type { Revision } from '../../../../shared/model/types';
import { readDocument } from '../../db/working-copy';
import { compareSides } from '../revisions/compare-sides';

export function latestRevision(revisions: readonly Revision[] | undefined): Revision | null {
  let latest: Revision | null = null;
  for (const r of revisions ?? []) if (!latest || r.createdAt > latest.createdAt) latest = r;
  return latest;
}

/** The revision's name when the current credits are exactly those it saved; otherwise null. */
export async function unchangedRevisionName(docId: string, revisionId: string): Promise<string | null> {
  const document = await readDocument(docId);
  try {
    const result = compareSides(document, [], `rev:${revisionId}`, 'current', '');
    return isEmptyComparison(result.comparison) ? document.revisions.find((r) => r.id === revisionId)?.name ?? null : null;
  } catch {
    // A revision that cannot be read back cannot vouch for the credits: suggest the working copy.
    return null;
  }
}
