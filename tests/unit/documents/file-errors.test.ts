// The reason part of "Could not save “X” because ..." for each operating-system error, read and write.
import { describe, expect, it } from 'vitest';
import { describeReadFailure, describeWriteFailure, errnoCode } from '../../../electron/documents/file-errors';

const failure = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
const folder = '/home/ana/Productions';

describe('describeWriteFailure', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'your disk quota is used up'],
    ['EROFS', 'the disk is read-only'],
    ['EACCES', 'Rollcall is not allowed to write in the folder “/home/ana/Productions”'],
    ['EPERM', 'Rollcall is not allowed to write in the folder “/home/ana/Productions”'],
    ['ENOENT', 'the folder “/home/ana/Productions” does not exist (it may have been moved, renamed or removed)'],
    ['ENOTDIR', 'the folder “/home/ana/Productions” does not exist (it may have been moved, renamed or removed)'],
    ['EBUSY', 'another program is using the file'],
    ['ENAMETOOLONG', 'the file name is too long'],
    ['EIO', 'the disk reported an input/output error'],
    ['EMFILE', 'too many files are open'],
    ['ENFILE', 'too many files are open'],
    ['EXDEV', 'the system reported EXDEV'],
  ])('%s: “%s”', (code, sentence) => {
    expect(describeWriteFailure(failure(code), folder)).toBe(sentence);
  });

  it('says the error was unexpected when it has no system code', () => {
    expect(describeWriteFailure(new Error('boom'), folder)).toBe('of an unexpected error');
    expect(describeWriteFailure('not even an error', folder)).toBe('of an unexpected error');
  });
});

describe('describeReadFailure', () => {
  it.each([
    ['EACCES', 'Rollcall is not allowed to read it'],
    ['EPERM', 'Rollcall is not allowed to read it'],
    ['EISDIR', 'it is a folder, not a file'],
    ['EIO', 'the disk reported an input/output error'],
    ['EMFILE', 'too many files are open'],
    ['ENOSPC', 'the system reported ENOSPC'],
  ])('%s: “%s”', (code, sentence) => {
    expect(describeReadFailure(failure(code))).toBe(sentence);
  });

  it('says the error was unexpected when it has no system code', () => {
    expect(describeReadFailure(null)).toBe('of an unexpected error');
  });
});

describe('errnoCode', () => {
  it('reads a string code and nothing else', () => {
    expect(errnoCode(failure('ENOSPC'))).toBe('ENOSPC');
    expect(errnoCode({ code: 28 })).toBeUndefined();
    expect(errnoCode(undefined)).toBeUndefined();
    expect(errnoCode('ENOSPC')).toBeUndefined();
  });
});
