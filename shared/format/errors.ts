// Why a file could not be read as a production. A UserFacingError, so the IPC dispatcher shows its sentence as it
// is; `problems` lists every schema problem one per entry, for `rollcall validate`, where the sentence names a few.
import type { z } from 'zod';
import { UserFacingError, type ErrorCode } from '../ipc/result';

export class DocumentFormatError extends UserFacingError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(code, message);
    this.name = 'DocumentFormatError';
  }
}

/** A field path as a reader writes it: credits[3].contributions[0].typeId. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

/** One line per zod issue, "credits[3].status: Invalid option: ...", without a trailing full stop. */
export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message.replace(/\.$/, '')}`);
}

/** The first few issues joined into one clause, with how many more there are. */
export function summariseIssues(lines: string[], limit = 3): string {
  const shown = lines.slice(0, limit).join('; ');
  const more = lines.length > limit ? ` (and ${lines.length - limit} more ${lines.length - limit === 1 ? 'problem' : 'problems'})` : '';
  return shown + more;
}

/** How a file is named in sentences: “Night Train.rollcall”, or “the file” when no name is known. */
export function quoteName(name: string | undefined): string {
  return name ? `“${name}”` : 'The file';
}
