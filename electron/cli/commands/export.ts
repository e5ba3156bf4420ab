import { resolve } from 'node:path';
import { EXPORT_FORMATS, EXPORT_FORMS, EXPORT_THEMES, PAPER_SIZES, type ExportForm, type ExportOptions, type ExportFormat, type ProjectSelection } from '../../../shared/export-types';
import { ROLE_IDS } from '../../../shared/ipc-contract';
import { postingTechnologies } from '../../core/gaps-service';
import { AppError } from '../../core/errors';
import { checkOutputPath, writeOutputFile, type OutputOptions } from '../../core/files/output-file';
import type { CommandSpec } from '../command';
import { readPosting } from './gaps';
import { printJson, UsageError } from '../io';

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`unknown ${what} "${String(value)}" (use ${allowed.join(', ')})`);
  return value as T;
}

export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'Export the portfolio for employers (Markdown, HTML, PDF, JSON Resume) or a full backup',
  usage:
    'showcase export --format markdown|html|pdf|json-resume|backup --out FILE [--resume | --profile-readme | --form FORM] [--variant NAME | --role ID | --job FILE | --target NAME] [--paper a4|letter] [--theme light|dark] [--save NAME] [--force] [--json]',
  options: {
    format: { type: 'string', description: `One of ${EXPORT_FORMATS.join(', ')}, or backup (default: the variant's, else pdf)` },
    resume: { type: 'boolean', description: 'PDF or HTML: the one-page resume (at most two pages) instead of the full portfolio' },
    'profile-readme': { type: 'boolean', description: 'Markdown: the short GitHub profile README (intro, top projects, skills)' },
    form: { type: 'string', description: `${EXPORT_FORMS.join(', ')} (default portfolio); --resume and --profile-readme say it shorter` },
    out: { type: 'string', description: 'File to write' },
    variant: { type: 'string', description: 'A saved export variant, by name' },
    role: { type: 'string', description: `Pick and order projects for a role (${ROLE_IDS.join(', ')})` },
    job: { type: 'string', description: 'A job posting as a text file: projects with its technologies first' },
    target: { type: 'string', description: 'A saved job target, by name: projects with its technologies first' },
    paper: { type: 'string', description: 'PDF and print page size: a4 or letter (default a4)' },
    theme: { type: 'string', description: 'HTML theme: light or dark (default light)' },
    save: { type: 'string', description: 'Also save this choice of projects and format as a variant with this name' },
    force: { type: 'boolean', description: 'Replace --out if it already exists (never the database itself)' },
    json: { type: 'boolean', description: 'Print what was written as JSON' },
  },
  needsDb: true,
  async run({ core, io, values }) {
    if (typeof values.out !== 'string' || !values.out) throw new UsageError('give --out FILE');
    const picks = ['variant', 'role', 'job', 'target'].filter((k) => values[k] !== undefined);
    if (picks.length > 1) throw new UsageError(`give only one of --${picks.join(', --')}`);
    const path = resolve(values.out);
    const output: OutputOptions = { protectedFiles: core!.protectedFiles, overwrite: values.force === true };
    if (values.format === 'backup') {
      if (picks.length || values.save) throw new UsageError('a backup holds everything: --variant, --role, --job, --target and --save do not apply');
      checkOutputPath(path, output);
      const text = `${JSON.stringify(core!.backups.create(), null, 2)}\n`;
      writeOutputFile(path, Buffer.from(text, 'utf8'), output);
      if (values.json) printJson(io, { format: 'backup', path, bytes: Buffer.byteLength(text) });
      else io.out(`Wrote a full backup to ${path} (${Buffer.byteLength(text)} bytes). Restore it with \`showcase import ${values.out}\`.`);
      return;
    }
    const format = oneOf(values.format, EXPORT_FORMATS, 'format');
    const forms = [values.resume ? 'resume' : null, values['profile-readme'] ? 'profile-readme' : null, oneOf(values.form, EXPORT_FORMS, 'form') ?? null].filter(Boolean) as ExportForm[];
    if (new Set(forms).size > 1) throw new UsageError('give only one of --resume, --profile-readme and --form');
    const form = forms[0];
    const paper = oneOf(values.paper, PAPER_SIZES, 'paper size');
    const theme = oneOf(values.theme, EXPORT_THEMES, 'theme');
    const role = oneOf(values.role, ROLE_IDS, 'role');

    // Refused before anything is saved (a variant with --save), not only at the write.
    checkOutputPath(path, output);
    const exports = core!.exports;
    let selection: ProjectSelection | null = null;
    let variantId: string | null = null;
    let defaultFormat: ExportFormat = 'pdf';
    if (typeof values.variant === 'string') {
      const variant = exports.variants.findByName(values.variant);
      if (!variant) throw new AppError('NOT_FOUND', `There is no export variant named "${values.variant}".`);
      variantId = variant.id;
      defaultFormat = variant.format;
    } else if (role) {
      selection = { mode: 'role', role };
    } else if (typeof values.target === 'string') {
      const target = core!.gaps.findTarget(values.target);
      if (!target) throw new AppError('NOT_FOUND', `There is no saved target named "${values.target}".`);
      selection = { mode: 'target', targetId: target.id };
    } else if (typeof values.job === 'string') {
      selection = { mode: 'technologies', technologies: postingTechnologies(readPosting(values.job)) };
    }
    if (typeof values.save === 'string') {
      const existing = exports.variants.findByName(values.save);
      const base = variantId ? exports.variants.get(variantId) : null;
      const saved = exports.variants.save({
        id: existing?.id,
        name: values.save,
        selection: selection ?? base?.selection ?? { mode: 'showcased' },
        format: format ?? base?.format,
        paper: paper ?? base?.paper,
        theme: theme ?? base?.theme,
      });
      variantId = saved.id;
      selection = null;
      defaultFormat = saved.format;
    }
    const options: ExportOptions = { format: format ?? defaultFormat, variantId, selection, paper, theme, ...(form ? { form } : {}) };
    const result = await exports.exportToFile(options, path, output);
    for (const note of result.notes) io.err(`showcase export: note: ${note}`);
    if (result.unreviewed) {
      io.err(`showcase export: note: ${result.unreviewed} suggestion${result.unreviewed === 1 ? '' : 's'} on these projects ${result.unreviewed === 1 ? 'is' : 'are'} not reviewed and left out; \`showcase review\` lists ${result.unreviewed === 1 ? 'it' : 'them'}.`);
    }
    if (values.json) {
      printJson(io, { format: result.format, form: form ?? 'portfolio', path, bytes: result.content.byteLength, projects: result.projectCount, ...(result.pages ? { pages: result.pages } : {}), notes: result.notes, unreviewed: result.unreviewed });
      return;
    }
    const what = form && form !== 'portfolio' ? `${form === 'resume' ? 'resume' : 'profile README'} (${result.format})` : `${result.format} export`;
    const pages = result.pages ? `, ${result.pages} page${result.pages === 1 ? '' : 's'}` : '';
    io.out(`Wrote ${what} of ${result.projectCount} project${result.projectCount === 1 ? '' : 's'} to ${path} (${result.content.byteLength} bytes${pages}).`);
  },
};
