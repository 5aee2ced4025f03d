import type { CliCommand } from '../command';

/** Every `rollcall` subcommand, in the order `rollcall --help` lists them. */
export const COMMANDS: CliCommand[] = [];
