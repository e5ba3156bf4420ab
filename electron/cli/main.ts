import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import { openCore, resolveDbPath, APP_VERSION, type AppCore } from '../core/app-context';
import { removeDatabaseFiles } from '../core/db/connection';
import { toErrorData, type ErrorContext } from '../core/errors';
import { defaultDbPath, ensureDataFolder } from '../core/paths';
import type { CommandSpec } from './command';
import { addCommand, projectsCommand } from './commands/projects';
import { moveAsideCommand } from './commands/database';
import { importCommand } from './commands/import';
import { gapsCommand, targetsCommand } from './commands/gaps';
import { exportCommand } from './commands/export';
import { profileCommand } from './commands/profile';
import { accountsCommand, reposCommand, syncCommand } from './commands/github';
import { publishReadmeCommand } from './commands/publish-readme';
import { resumeCommand } from './commands/resume';
import { linkCommand, reviewCommand, unlinkCommand } from './commands/review';
import { EXIT_FAILURE, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, PartialRun, safeIo, UsageError, type Io } from './io';

export const COMMANDS: CommandSpec[] = [projectsCommand, addCommand, importCommand, gapsCommand, targetsCommand, exportCommand, profileCommand, resumeCommand, syncCommand, accountsCommand, reposCommand, reviewCommand, linkCommand, unlinkCommand, publishReadmeCommand, moveAsideCommand];

const DAMAGED_ADVICE = 'Save what it holds with `showcase export --format backup --out FILE`, then `showcase move-aside --yes` to start a new one (the damaged file is kept).';

const GLOBAL_OPTIONS = {
  db: { type: 'string', description: 'Database file (default: $SHOWCASE_DB, else the app’s own database)' },
  help: { type: 'boolean', short: 'h', description: 'Show help' },
} as const;

function optionLines(options: Record<string, { type: string; multiple?: boolean; description: string }>): string[] {
  return Object.entries(options).map(([name, o]) => {
    const flag = `--${name}${o.type === 'string' ? ' VALUE' : ''}${o.multiple ? ' (repeatable)' : ''}`;
    return `  ${flag.padEnd(30)} ${o.description}`;
  });
}

export function mainHelp(): string {
  return [
    `showcase ${APP_VERSION}: your backend portfolio, from the command line`,
    '',
    'Usage: showcase [--db PATH] <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(14)} ${c.summary}`),
    '',
    'Global options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Run `showcase <command> --help` for a command’s options.',
    'Exit codes: 0 ok, 1 failure, 2 bad usage, 3 stopped at GitHub’s rate limit (what was done is kept; run it again later).',
  ].join('\n');
}

export function commandHelp(c: CommandSpec): string {
  return [`${c.summary}.`, '', `Usage: ${c.usage}`, '', 'Options:', ...optionLines({ ...c.options, ...GLOBAL_OPTIONS })].join('\n');
}

/**
 * Splits off what comes before the command: global options only (`--db PATH`, `--db=PATH`,
 * `--help`, `--version`). Returns the command's index, or an error line.
 */
function findCommand(argv: string[]): { index: number; help: boolean; version: boolean } | { error: string } {
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--db') {
      if (i + 1 >= argv.length) return { error: '--db needs a file path' };
      const value = argv[++i];
      if (i + 1 >= argv.length && COMMANDS.some((c) => c.name === value)) {
        return { error: `--db took "${value}" as its file path, and no command follows (write: showcase --db FILE ${value})` };
      }
    } else if (a.startsWith('--db=')) continue;
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--version') version = true;
    else if (a === '--') return { index: i + 1 < argv.length ? i + 1 : -1, help, version };
    else if (a.startsWith('-')) return { error: `unknown option "${a.slice(0, 40)}" before the command` };
    else return { index: i, help, version };
  }
  return { index: -1, help, version };
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], rawIo: Io): Promise<number> {
  const io = safeIo(rawIo);
  const found = findCommand(argv);
  if ('error' in found) {
    io.err(`showcase: ${found.error}. Run \`showcase --help\` for the commands and options.`);
    return EXIT_USAGE;
  }
  if (found.index < 0) {
    if (found.help) {
      io.out(mainHelp());
      return EXIT_OK;
    }
    if (found.version) {
      io.out(APP_VERSION);
      return EXIT_OK;
    }
    io.err(`showcase: give a command (${COMMANDS.map((c) => c.name).join(', ')}). Run \`showcase --help\` for more.`);
    return EXIT_USAGE;
  }
  const name = argv[found.index];
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`showcase: unknown command "${name.slice(0, 40)}". Run \`showcase --help\` for the list.`);
    return EXIT_USAGE;
  }
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: argv.filter((_, i) => i !== found.index),
      options: { ...command.options, ...GLOBAL_OPTIONS } as ParseArgsConfig['options'],
      allowPositionals: true,
      strict: true,
    });
    values = parsed.values as Record<string, unknown>;
    positionals = parsed.positionals;
  } catch (error) {
    io.err(`showcase ${command.name}: ${(error as Error).message.split('\n')[0]}. See \`showcase ${command.name} --help\`.`);
    return EXIT_USAGE;
  }
  if (values.help) {
    io.out(commandHelp(command));
    return EXIT_OK;
  }
  const allowed = command.positionals ?? { min: 0, max: 0, names: '' };
  if (positionals.length < allowed.min || positionals.length > allowed.max) {
    io.err(
      allowed.max === 0
        ? `showcase ${command.name}: unexpected argument "${positionals[0]}". See \`showcase ${command.name} --help\`.`
        : `showcase ${command.name}: expected ${allowed.names}. See \`showcase ${command.name} --help\`.`,
    );
    return EXIT_USAGE;
  }
  if (typeof values.db === 'string' && !values.db.trim()) {
    io.err(`showcase ${command.name}: --db needs a file path (an empty one would keep nothing). See \`showcase ${command.name} --help\`.`);
    return EXIT_USAGE;
  }
  const dbPath = typeof values.db === 'string' ? values.db : resolveDbPath(defaultDbPath(), io.env);
  try {
    command.check?.(values);
  } catch (error) {
    return report(error, command, io, { dbPath });
  }
  const isNew = command.needsDb && !existsSync(dbPath);
  let core: AppCore | null = null;
  let code: number;
  try {
    if (command.needsDb) {
      if (typeof values.db !== 'string' && !io.env.SHOWCASE_DB) ensureDataFolder(dbPath);
      core = openCore(dbPath);
      if (core.damage) {
        io.err(`showcase: warning: ${dbPath} is damaged (${core.damage}). It was opened read-only and nothing will be written to it. ${DAMAGED_ADVICE}`);
      }
    }
    await command.run({ core, dbPath, io, values, positionals });
    code = EXIT_OK;
  } catch (error) {
    code = report(error, command, io, { dbPath, damaged: core?.damage ? { reason: core.damage, advice: DAMAGED_ADVICE } : undefined });
  } finally {
    core?.close();
  }
  // An import that was refused, or only looked (--dry-run), leaves no database it created behind;
  // nor does any command refused as misused (`add` without --title), which did nothing.
  if (isNew && ((command.onlyCreatesOnSuccess && (code !== EXIT_OK || values['dry-run'] === true)) || code === EXIT_USAGE)) removeDatabaseFiles(dbPath);
  return code;
}

/** One line on stderr for a failure, and its exit code. */
function report(error: unknown, command: CommandSpec, io: Io, context: ErrorContext): number {
  if (error instanceof UsageError) {
    io.err(`showcase ${command.name}: ${error.message}. See \`showcase ${command.name} --help\`.`);
    return EXIT_USAGE;
  }
  if (error instanceof PartialRun) {
    io.err(`showcase ${command.name}: ${error.message}`);
    return EXIT_PARTIAL;
  }
  const data = toErrorData(error, context);
  io.err(`showcase ${command.name}: ${data.message.replace(/\s*\n\s*/g, ' ')}`);
  // A spent rate limit passes: the same "try again later" code as a sync it stopped part-way.
  return data.code === 'RATE_LIMITED' ? EXIT_PARTIAL : EXIT_FAILURE;
}
