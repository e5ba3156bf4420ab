import { createImportService, readImportFile } from '../../core/import/import-service';
import type { CommandSpec } from '../command';
import { printJson } from '../io';

export const importCommand: CommandSpec = {
  name: 'import',
  summary: 'Import projects from a JSON Resume (resume.json)',
  usage: 'showcase import FILE [--json]',
  options: { json: { type: 'boolean', description: 'Print what was imported as JSON' } },
  positionals: { min: 1, max: 1, names: 'one FILE to import' },
  needsDb: true,
  run({ core, io, values, positionals }) {
    const data = readImportFile(positionals[0]);
    const result = createImportService({ db: core!.db, portfolio: core!.portfolio }).importData(data);
    if (values.json) {
      printJson(io, result);
      return;
    }
    io.out(`Imported ${result.added.length} project${result.added.length === 1 ? '' : 's'} from ${positionals[0]}:`);
    for (const p of result.added) io.out(`  ${p.title}`);
  },
};
