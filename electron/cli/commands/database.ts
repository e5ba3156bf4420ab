import { existsSync } from 'node:fs';
import { moveDatabaseAside } from '../../core/db/connection';
import type { CommandSpec } from '../command';
import { UsageError } from '../io';

export const moveAsideCommand: CommandSpec = {
  name: 'move-aside',
  summary: 'Rename a damaged database so a new one can be created (keeps the old file)',
  usage: 'showcase move-aside --yes',
  options: { yes: { type: 'boolean', description: 'Confirm: rename the database file and its WAL next to it' } },
  needsDb: false,
  run({ dbPath, io, values }) {
    if (!values.yes) throw new UsageError('move-aside renames your database file; run it again with --yes to confirm');
    if (!existsSync(dbPath)) throw new Error(`There is no database at ${dbPath}`);
    const target = moveDatabaseAside(dbPath);
    io.out(`Moved ${dbPath} to ${target}. The next command starts a new, empty portfolio.`);
  },
};
