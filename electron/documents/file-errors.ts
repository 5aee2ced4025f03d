// Operating-system errors as the reason part of a sentence a producer understands ("the disk is full").
export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;
}

/** "the disk is full", "Rollcall is not allowed to write in “/a/b”", ... */
export function describeWriteFailure(error: unknown, folder: string): string {
  const code = errnoCode(error);
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EACCES':
    case 'EPERM':
      return `Rollcall is not allowed to write in the folder “${folder}”`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `the folder “${folder}” does not exist (it may have been moved, renamed or removed)`;
    case 'EBUSY':
      return 'another program is using the file';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    default:
      return describeAnyFailure(code);
  }
}

export function describeReadFailure(error: unknown): string {
  const code = errnoCode(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'Rollcall is not allowed to read it';
    case 'EISDIR':
      return 'it is a folder, not a file';
    default:
      return describeAnyFailure(code);
  }
}

/** The reasons that read the same whether the file was being read or written. */
function describeAnyFailure(code: string | undefined): string {
  switch (code) {
    case 'EIO':
      return 'the disk reported an input/output error';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    default:
      return code ? `the system reported ${code}` : 'of an unexpected error';
  }
}
