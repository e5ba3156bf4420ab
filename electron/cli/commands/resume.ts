/**
 * `showcase resume`: read and edit every section of the resume from scripts. Entries are named by
 * section and 0-based index, as the import report names them (`work[2]`).
 *
 *   showcase resume show [SECTION] [--json]
 *   showcase resume set PATH [VALUE...]           basics.name, basics.location.city, work[0].position, skills[1].keywords
 *   showcase resume add SECTION [FIELD=VALUE...] [--entry JSON] [--at INDEX]
 *   showcase resume remove SECTION INDEX
 *   showcase resume move SECTION INDEX --to INDEX
 */
import { BASICS_FIELDS, entryTitle, isSectionKey, LOCATION_FIELDS, SECTION_KEYS, SECTION_SPECS } from '../../../shared/resume-sections';
import type { Resume, SectionEntry, SectionKey } from '../../../shared/resume-types';
import type { ResumeService } from '../../core/resume/resume-service';
import { entryDetail } from '../../../shared/dates';
import { formatLocation } from '../../core/export/profile-service';
import type { CommandSpec } from '../command';
import { cell, printJson, UsageError, type Io } from '../io';

const SECTIONS = SECTION_KEYS.join(', ');

function section(name: string | undefined): SectionKey {
  if (!name) throw new UsageError(`name a section (${SECTIONS})`);
  if (!isSectionKey(name)) throw new UsageError(`unknown section "${name}" (use ${SECTIONS})`);
  return name;
}

function index(text: string | undefined, list: readonly unknown[], where: string): number {
  if (text === undefined || !/^\d+$/.test(text)) throw new UsageError(`give the index of the ${where} entry (0 for the first)`);
  const i = Number(text);
  if (i >= list.length) throw new UsageError(`${where} has ${list.length} ${list.length === 1 ? 'entry' : 'entries'}; there is no [${i}]`);
  return i;
}

function fieldOf(key: SectionKey, field: string) {
  const spec = SECTION_SPECS[key].fields.find((f) => f.key === field);
  if (!spec) throw new UsageError(`${key} has no field "${field}" (fields: ${SECTION_SPECS[key].fields.map((f) => f.key).join(', ')})`);
  return spec;
}

/** FIELD=VALUE pairs into an entry; a list field repeated gathers its values. */
function parsePairs(key: SectionKey, pairs: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new UsageError(`"${pair}" is not FIELD=VALUE`);
    const f = fieldOf(key, pair.slice(0, eq));
    const value = pair.slice(eq + 1);
    if (f.kind === 'list') out[f.key] = [...((out[f.key] as string[] | undefined) ?? []), value];
    else out[f.key] = value;
  }
  return out;
}

function summaryLine(key: SectionKey, e: SectionEntry<SectionKey>): string {
  return [entryTitle(key, e), entryDetail(e)].filter(Boolean).join('  ·  ');
}

function printResume(io: Io, resume: Resume, only?: SectionKey): void {
  if (!only) {
    io.out('Basics');
    for (const f of BASICS_FIELDS) io.out(`  ${cell(`${f.key}:`, 10)} ${(resume.basics[f.key] || '–').replace(/\s+/g, ' ')}`);
    io.out(`  ${cell('location:', 10)} ${formatLocation(resume.basics.location) || '–'}`);
  }
  for (const key of only ? [only] : SECTION_KEYS) {
    const list = resume[key] as Array<SectionEntry<SectionKey>>;
    if (!only && list.length === 0) continue;
    io.out(`${SECTION_SPECS[key].label} (${key})`);
    if (list.length === 0) io.out('  (none)');
    list.forEach((e, i) => {
      io.out(`  [${i}] ${summaryLine(key, e)}`);
      if (!only) return;
      for (const f of SECTION_SPECS[key].fields) {
        const v = (e as unknown as Record<string, unknown>)[f.key];
        const shown = Array.isArray(v) ? v.join(' | ') : (v ?? '');
        if (shown !== '') io.out(`      ${cell(`${f.key}:`, 13)} ${String(shown).replace(/\s+/g, ' ')}`);
      }
    });
  }
}

/** `set PATH VALUE...`: basics.FIELD, basics.location.FIELD, SECTION[INDEX].FIELD (or SECTION.INDEX.FIELD). */
function set(resume: ResumeService, path: string, values: string[]): unknown {
  const basics = /^basics\.(?:location\.)?(\w+)$/.exec(path);
  if (basics) {
    const field = basics[1];
    const value = values.join(' ');
    if (values.length > 1) throw new UsageError(`${path} takes one value (quote it)`);
    if (path.startsWith('basics.location.')) {
      if (!LOCATION_FIELDS.some((f) => f.key === field)) throw new UsageError(`basics.location has no field "${field}" (fields: ${LOCATION_FIELDS.map((f) => f.key).join(', ')})`);
      return resume.setBasics({ location: { [field]: value } });
    }
    if (!BASICS_FIELDS.some((f) => f.key === field)) throw new UsageError(`basics has no field "${field}" (fields: ${BASICS_FIELDS.map((f) => f.key).join(', ')}, location.*)`);
    return resume.setBasics({ [field]: value });
  }
  const m = /^(\w+)(?:\[(\d+)\]|\.(\d+))\.(\w+)$/.exec(path);
  if (!m) throw new UsageError(`"${path}" is not a field: use basics.name, basics.location.city or a section entry's field like work[0].position`);
  const key = section(m[1]);
  const list = resume.list(key);
  const i = index(m[2] ?? m[3], list, key);
  const f = fieldOf(key, m[4]);
  if (f.kind !== 'list' && values.length > 1) throw new UsageError(`${path} takes one value (quote it); only lists take several`);
  return resume.saveEntry(key, { id: list[i].id, [f.key]: f.kind === 'list' ? values : (values[0] ?? '') });
}

export const resumeCommand: CommandSpec = {
  name: 'resume',
  summary: 'Show or edit the resume: basics, work, education, skills and every other section',
  usage: [
    'showcase resume show [SECTION] [--json]',
    '       showcase resume set PATH [VALUE...]            (basics.name, basics.location.city, work[0].position, skills[1].keywords A B)',
    '       showcase resume add SECTION [FIELD=VALUE...] [--entry JSON] [--at INDEX]',
    '       showcase resume remove SECTION INDEX',
    `       showcase resume move SECTION INDEX --to INDEX\n\nSections: ${SECTIONS}. Indexes start at 0, as in the import report.`,
  ].join('\n'),
  options: {
    json: { type: 'boolean', description: 'Print the result as JSON' },
    entry: { type: 'string', description: 'add: the entry as a JSON object ({"name":"Acme","position":"Developer"})' },
    at: { type: 'string', description: 'add: where to insert (0 = first; default last)' },
    to: { type: 'string', description: 'move: the new index' },
  },
  positionals: { min: 1, max: 400, names: 'show, set, add, remove or move, then its arguments' },
  needsDb: true,
  run({ core, io, values, positionals }) {
    const resume = core!.resume;
    const [verb, ...args] = positionals;
    const json = values.json === true;
    switch (verb) {
      case 'show': {
        if (args.length > 1) throw new UsageError('show takes at most one section');
        const key = args[0] ? section(args[0]) : undefined;
        const data = resume.get();
        if (json) return printJson(io, key ? data[key] : data);
        return printResume(io, data, key);
      }
      case 'set': {
        if (!args[0]) throw new UsageError('give the field to set, e.g. basics.name or work[0].position');
        const result = set(resume, args[0], args.slice(1));
        if (json) return printJson(io, result);
        return io.out(`Set ${args[0]}.`);
      }
      case 'add': {
        const key = section(args[0]);
        let input: Record<string, unknown> = parsePairs(key, args.slice(1));
        if (typeof values.entry === 'string') {
          let parsed: unknown;
          try {
            parsed = JSON.parse(values.entry);
          } catch {
            throw new UsageError('--entry is not a JSON object');
          }
          if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError('--entry is not a JSON object');
          input = { ...(parsed as Record<string, unknown>), ...input };
        }
        const at = typeof values.at === 'string' ? Number(values.at) : undefined;
        if (at !== undefined && !Number.isInteger(at)) throw new UsageError('--at takes an index');
        const entry = resume.saveEntry(key, input, at);
        const i = resume.list(key).findIndex((e) => e.id === entry.id);
        if (json) return printJson(io, { index: i, entry });
        return io.out(`Added ${key}[${i}]: ${entryTitle(key, entry)}.`);
      }
      case 'remove': {
        const key = section(args[0]);
        const list = resume.list(key);
        const i = index(args[1], list, key);
        const removed = resume.deleteEntry(key, list[i].id);
        if (json) return printJson(io, removed);
        return io.out(`Removed ${key}[${i}]: ${removed.title}.`);
      }
      case 'move': {
        const key = section(args[0]);
        const list = resume.list(key);
        const i = index(args[1], list, key);
        if (typeof values.to !== 'string' || !/^\d+$/.test(values.to)) throw new UsageError('give --to INDEX');
        const moved = resume.moveEntry(key, list[i].id, Number(values.to));
        if (json) return printJson(io, moved);
        return io.out(`Moved ${key}[${i}] to [${moved.findIndex((e) => e.id === list[i].id)}].`);
      }
      default:
        throw new UsageError(`unknown action "${verb}" (use show, set, add, remove or move)`);
    }
  },
};
