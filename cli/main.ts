// The `rollcall` command line tool: plain Node over shared/ and the document service. No Electron needed.
import { InputError, UsageError, type CliIo } from './command';
import { COMMANDS } from './commands/index';

export const CLI_VERSION = '0.1.0';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 8);
  return [
    'Usage: rollcall COMMAND [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `rollcall COMMAND --help` for a command’s options.',
    'Exit codes: 0 done, 1 the input or the data is the problem, 2 wrong usage.',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview() + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout(`rollcall ${CLI_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`rollcall: unknown command “${name}”. Run \`rollcall --help\` to see the commands.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help.trimEnd() + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`rollcall ${name}: ${error.message} Run \`rollcall ${name} --help\` for usage.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`rollcall ${name}: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error && 'code' in error && typeof (error as { message?: unknown }).message === 'string' ? error.message : String(error);
    io.stderr(`rollcall ${name}: ${message}\n`);
    return 1;
  }
}
