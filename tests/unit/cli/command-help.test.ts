// `rollcall COMMAND --help` for info, migrate, import and diff, run as the built bundle: exit 0, the usage line
// first, and every option the command accepts named in the text (validate and export have their own tests).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, expectNoStackTrace, rollcall } from './built-cli';

beforeAll(() => buildCli(), 120_000);

const COMMANDS: { name: string; usage: RegExp; options: string[] }[] = [
  { name: 'info', usage: /^Usage: rollcall info FILE \[--json\]\n/, options: ['--json'] },
  { name: 'migrate', usage: /^Usage: rollcall migrate FILE\n/, options: [] },
  {
    name: 'import',
    usage: /^Usage: rollcall import SOURCE --new FILE .*\n\s+rollcall import SOURCE --into FILE/,
    options: ['--new', '--into', '--title', '--kind', '--year', '--sheet', '--map', '--no-header', '--default-credit', '--create-missing', '--skip-bad-rows', '--dry-run'],
  },
  { name: 'diff', usage: /^Usage: rollcall diff OLD NEW \[--json\]\n/, options: ['--json'] },
];

describe.each(COMMANDS)('rollcall $name --help', ({ name, usage, options }) => {
  it('exits 0 with the usage on stdout and nothing on stderr', () => {
    const run = rollcall([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(usage);
    expect(run.stdout).toMatch(/Exit codes: 0 [^;]*;\s+1 [^;]*;\s+2\s+wrong\s+usage\./);
    expectNoStackTrace(run);
  });

  it(options.length ? `names each of its options: ${options.join(' ')}` : 'lists no options, as it takes none', () => {
    const { stdout } = rollcall([name, '--help']);
    // An option counts as named when it stands alone (not as the start of a longer one, --new in --new-file).
    const named = (option: string) => new RegExp(`(^|[\\s\\[])${option}(?![\\w-])`, 'm').test(stdout);
    expect(options.filter((option) => !named(option))).toEqual([]);
    if (options.length === 0) expect(stdout).not.toMatch(/(^|\s)--[a-z]/m);
  });

  it('gives the same text for -h, and wins over other arguments', () => {
    const long = rollcall([name, '--help']).stdout;
    expect(rollcall([name, '-h'])).toMatchObject({ code: 0, stdout: long });
    expect(rollcall([name, 'whatever.rollcall', '--bogus', '--help'])).toMatchObject({ code: 0, stdout: long });
  });
});
