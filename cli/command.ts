// The shape of a `rollcall` subcommand. Each lives in cli/commands/<name>.ts and is listed in cli/commands/index.ts.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface CliCommand {
  name: string;
  /** One line for `rollcall --help`. */
  summary: string;
  /** Full text for `rollcall NAME --help`, starting with the usage line. */
  help: string;
  /** Returns the exit code: 0 done, 1 the input or the data is the problem, 2 wrong usage. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Wrong usage: exit 2 with the message and a pointer to --help. */
export class UsageError extends Error {}
/** The input or the data is the problem: exit 1 with the message, never a stack trace. */
export class InputError extends Error {}

/** Minimal flag parsing shared by every command: `--name value`, `--flag`, and positionals. */
export function parseArgs(args: string[], spec: { values?: string[]; flags?: string[] }): { positionals: string[]; values: Record<string, string>; flags: Set<string> } {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const [rawName, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (spec.values?.includes(rawName)) {
        const value = inline ?? args[++i];
        if (value === undefined) throw new UsageError(`--${rawName} needs a value.`);
        values[rawName] = value;
      } else if (spec.flags?.includes(rawName) && inline === undefined) {
        flags.add(rawName);
      } else {
        throw new UsageError(`Unknown option --${rawName}.`);
      }
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, values, flags };
}
