// Every IPC answer is a Result: data, or an error with a stable code and a sentence a producer understands.
import { z } from 'zod';

export const ErrorCodeSchema = z.enum([
  'INVALID_REQUEST', // the payload did not match the channel's schema
  'FORBIDDEN_SENDER', // the request did not come from our own page's main frame
  'UNKNOWN_CHANNEL',
  'NOT_FOUND', // a file, document, revision or record that is not there
  'CANCELLED', // the user closed a dialog
  'UNREADABLE', // a file that cannot be read or parsed
  'INVALID_DOCUMENT', // a file that parsed but broke the schema
  'NEWER_VERSION', // written by a newer Rollcall: opened read-only
  'READ_ONLY', // the document is read-only (lock held elsewhere, newer version)
  'LOCKED', // another instance holds the file's lock
  'EXTERNAL_CHANGE', // the file changed on disk since it was opened
  'WRITE_FAILED', // disk full, permission, folder gone
  'NO_BROWSER', // PDF printing needs Chromium and none was found
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const IpcErrorSchema = z.object({ code: ErrorCodeSchema, message: z.string() });
export type IpcError = z.infer<typeof IpcErrorSchema>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: IpcError };

/** An error a handler throws on purpose: its message is shown to the user as it is. */
export class UserFacingError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** A zod error as one readable sentence with the field path, e.g. "credits.3.status: Invalid option". */
export function describeZodError(error: z.ZodError, limit = 5): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : '';
  return parts.join('; ') + more;
}
