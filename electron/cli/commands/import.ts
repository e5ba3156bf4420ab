import type { RestorePlan } from '../../core/backup/backup-service';
import { readImportFile } from '../../core/import/import-service';
import type { CommandSpec } from '../command';
import { printJson, UsageError, type Io } from '../io';

function printPlan(io: Io, plan: RestorePlan): void {
  const { added, removed, changed, unchanged } = plan.projects;
  io.out(`Projects: ${added.length} added, ${removed.length} removed, ${changed.length} changed, ${unchanged} unchanged.`);
  for (const [label, list] of [['added', added], ['removed', removed], ['changed', changed]] as const) {
    for (const title of list) io.out(`  ${label.padEnd(8)} ${title}`);
  }
  for (const t of plan.tables) if (t.backup || t.current) io.out(`  ${t.table}: ${t.current} → ${t.backup} rows`);
}

export const importCommand: CommandSpec = {
  name: 'import',
  summary: 'Import a JSON Resume (resume.json) or restore a Showcase backup',
  usage: 'showcase import FILE [--dry-run] [--yes] [--json]',
  options: {
    'dry-run': { type: 'boolean', description: 'Check the file and show what would change; change nothing' },
    yes: { type: 'boolean', description: 'Confirm a restore that replaces data already in the portfolio' },
    json: { type: 'boolean', description: 'Print the result as JSON' },
  },
  positionals: { min: 1, max: 1, names: 'one FILE to import' },
  needsDb: true,
  // Refused or only previewed, an import into a database that did not exist leaves none behind.
  onlyCreatesOnSuccess: true,
  run({ core, io, values, positionals }) {
    const file = positionals[0];
    const data = readImportFile(file);
    const result = core!.imports.importData(data, { confirm: values.yes === true, dryRun: values['dry-run'] === true });
    if (values.json) printJson(io, result);
    if (result.format === 'backup') {
      if (!values.json) {
        io.out(result.applied ? `Restored ${file}.` : `Restoring ${file} would change:`);
        printPlan(io, result.plan);
      }
      if (!result.applied && !values['dry-run']) {
        throw new UsageError('restoring this backup replaces the data in your portfolio; run again with --yes to confirm (nothing was changed)');
      }
      return;
    }
    for (const w of result.warnings) io.err(`showcase import: note: ${w}`);
    if (values.json) return;
    const verb = values['dry-run'] ? 'Would import' : 'Imported';
    io.out(`${verb} ${result.added.length} project${result.added.length === 1 ? '' : 's'} from ${file}:`);
    for (const p of result.added) io.out(`  ${p.title}`);
  },
};
