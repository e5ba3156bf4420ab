import { ROLES, type GapReport, type RoleId } from '../../../shared/gaps';
import { AppError } from '../../core/errors';
import { MAX_POSTING_BYTES, readUserTextFile } from '../../core/files/input-file';
import type { CommandSpec } from '../command';
import { printJson, UsageError } from '../io';

const MARK = { met: '✓', partial: '◐', missing: '✗' } as const;

/** Reads a job posting given on the command line (a regular text file of at most 1 MB). */
export function readPosting(path: string): string {
  return readUserTextFile(path, { maxBytes: MAX_POSTING_BYTES, what: 'a job posting' });
}

export function formatReport(report: GapReport): string {
  const role = ROLES.find((r) => r.id === report.role);
  const lines = [`${role?.label ?? report.role}: ${report.score}/100`, ''];
  lines.push(`Areas: ${report.areas.map((a) => `${a.id} ${a.score}`).join(' · ')}`, '');
  for (const rule of report.rules) {
    const status = rule.dismissed ? 'not relevant' : rule.status;
    lines.push(`${rule.dismissed ? '–' : MARK[rule.status]} ${rule.id.padEnd(18)} ${status.padEnd(12)} ${rule.title}`);
    if (rule.evidence.length > 0) {
      const shown = rule.evidence.slice(0, 3).map((e) => `${e.project}${e.tag ? ` (${e.tag}${e.source === 'detected' ? ', detected' : ''})` : e.kind ? ` (${e.kind})` : ''}`);
      const more = rule.evidence.length > 3 ? `; +${rule.evidence.length - 3} more` : '';
      const all = rule.evidenceProjects > 1 ? ` (${rule.evidenceProjects} projects)` : '';
      lines.push(`    evidence: ${shown.join('; ')}${more}${all}`);
    }
    if (rule.unreviewed) lines.push(`    unreviewed: rests on suggestions not reviewed yet; on what you confirmed it is ${rule.confirmedStatus} (\`showcase review\`)`);
    if (rule.status !== 'met' && rule.reason) lines.push(`    why: ${rule.reason}`);
    if (rule.status !== 'met') lines.push(`    next: ${rule.suggestion}`);
  }
  if (report.target) {
    lines.push('', `Target${report.target.name ? ` "${report.target.name}"` : ''}:`);
    for (const t of report.target.technologies) {
      lines.push(`  ${t.demonstrated ? '✓' : '✗'} ${t.name}${t.projects.length ? ` (${t.projects.map((p) => p.project).join(', ')})` : ''}${t.unreviewed ? ' (unreviewed)' : ''}`);
    }
  }
  return lines.join('\n');
}

export const gapsCommand: CommandSpec = {
  name: 'gaps',
  summary: 'Check the portfolio against the portfolio advice, for a role or a job posting',
  usage: 'showcase gaps [--role backend|lead-backend|solutions-architect|devops] [--job FILE | --target NAME] [--json]',
  options: {
    role: { type: 'string', description: 'Role profile (default backend)' },
    job: { type: 'string', description: 'A job posting as a text file: its technologies become the target' },
    target: { type: 'string', description: 'A saved job target, by name' },
    json: { type: 'boolean', description: 'Print the report as JSON' },
  },
  needsDb: true,
  run({ core, io, values }) {
    const role = (values.role as string | undefined) ?? 'backend';
    if (!ROLES.some((r) => r.id === role)) throw new UsageError(`unknown role "${role}" (use ${ROLES.map((r) => r.id).join(', ')})`);
    if (values.job && values.target) throw new UsageError('give --job or --target, not both');
    const gaps = core!.gaps;
    let targetId: string | null = null;
    if (typeof values.target === 'string') {
      const saved = gaps.findTarget(values.target);
      if (!saved) throw new AppError('NOT_FOUND', `There is no saved target named "${values.target}".`);
      targetId = saved.id;
    }
    const jobText = typeof values.job === 'string' ? readPosting(values.job) : null;
    const report = gaps.analyze({ role: role as RoleId, targetId, jobText });
    if (values.json) printJson(io, report);
    else io.out(formatReport(report));
  },
};

export const targetsCommand: CommandSpec = {
  name: 'targets',
  summary: 'List, save or delete named job targets',
  usage: 'showcase targets [--save NAME --job FILE] [--delete NAME] [--json]',
  options: {
    save: { type: 'string', description: 'Save (or replace) a target under NAME, from --job FILE' },
    job: { type: 'string', description: 'The job posting to save, as a text file' },
    delete: { type: 'string', description: 'Delete the target named NAME' },
    json: { type: 'boolean', description: 'Print targets as JSON' },
  },
  needsDb: true,
  run({ core, io, values }) {
    const gaps = core!.gaps;
    if (typeof values.save === 'string') {
      if (typeof values.job !== 'string') throw new UsageError('--save needs --job FILE');
      const existing = gaps.findTarget(values.save);
      const saved = gaps.saveTarget({ id: existing?.id, name: values.save, posting: readPosting(values.job) });
      if (values.json) printJson(io, saved);
      else io.out(`Saved "${saved.name}": ${saved.technologies.join(', ') || 'no technologies found'}`);
      return;
    }
    if (typeof values.delete === 'string') {
      const existing = gaps.findTarget(values.delete);
      if (!existing) throw new AppError('NOT_FOUND', `There is no saved target named "${values.delete}".`);
      gaps.deleteTarget(existing.id);
      io.out(`Deleted "${existing.name}".`);
      return;
    }
    const targets = gaps.listTargets();
    if (values.json) printJson(io, targets);
    else if (!targets.length) io.out('No saved targets. Save one with `showcase targets --save "Acme backend" --job posting.txt`.');
    else for (const t of targets) io.out(`${t.name}: ${t.technologies.join(', ')}`);
  },
};
