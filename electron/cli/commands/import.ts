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
  summary: 'Import a JSON Resume (resume.json: the whole resume and its projects) or restore a Showcase backup',
  usage: 'showcase import FILE [--dry-run] [--yes] [--json]',
  options: {
    'dry-run': { type: 'boolean', description: 'Check the file and show what would change; change nothing' },
    yes: { type: 'boolean', description: 'Confirm a restore, or a resume import, that replaces data already held' },
    json: { type: 'boolean', description: 'Print the result as JSON' },
  },
  positionals: { min: 1, max: 1, names: 'one FILE to import' },
  needsDb: true,
  // Refused or only previewed, an import into a database that did not exist leaves none behind.
  onlyCreatesOnSuccess: true,
  run({ core, io, values, positionals }) {
    const file = positionals[0];
    const { data, notes } = readImportFile(file);
    const result = core!.imports.importData(data, { confirm: values.yes === true, dryRun: values['dry-run'] === true, notes });
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
    if (!values.json) {
      const verb = result.applied ? 'Imported' : 'Would import';
      const parts = result.sections.filter((s) => s.entries > 0).map((s) => (s.section === 'basics' ? 'the basics' : `${s.label.toLowerCase()} (${s.entries})`));
      io.out(`${verb} ${[...parts, `${result.added.length} project${result.added.length === 1 ? '' : 's'}`].join(', ')} from ${file}${result.added.length ? ':' : '.'}`);
      for (const p of result.added) io.out(`  ${p.title}`);
      if (result.replaces.length) io.out(`This replaces what your resume holds now in: ${result.replaces.join(', ')}.`);
    }
    if (!result.applied && !values['dry-run']) {
      throw new UsageError(`importing this resume replaces your ${result.replaces.join(', ')}; run again with --yes to confirm (nothing was changed)`);
    }
  },
};
