import type { CliCommand } from '../command';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { importCommand } from './import';
import { infoCommand } from './info';
import { migrateCommand } from './migrate';
import { validateCommand } from './validate';

/** Every `rollcall` subcommand, in the order `rollcall --help` lists them. */
export const COMMANDS: CliCommand[] = [validateCommand, infoCommand, migrateCommand, diffCommand, exportCommand, importCommand];
