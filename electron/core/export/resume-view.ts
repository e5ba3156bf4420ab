/**
 * What a short resume holds at a given level of trimming: header, summary, experience, selected
 * projects with their strongest evidence, skills, education. Level 0 is the richest; each level
 * shows less (fewer positions, fewer bullets, fewer projects) so that a layout can take the
 * richest one that fits a page. When the export was picked for a job's technologies, what speaks
 * of them comes first, so trimming drops the rest first. Pure.
 */
import { extractTechnologies } from '../../../shared/job-posting';
import { findTechnology } from '../../../shared/taxonomy';
import type { DocProject, ExportDocument } from './document';
import type { DocEntry } from './resume-document';

export interface ResumeProjectView {
  project: DocProject;
  /** Measurable results first, then highlights. */
  evidence: string[];
  technologies: string[];
  link: { label: string; url: string } | null;
}

export interface ResumeView {
  level: number;
  summary: string[];
  work: Array<{ entry: DocEntry; highlights: string[] }>;
  projects: ResumeProjectView[];
  skills: Array<{ label: string; items: string[] }>;
  education: DocEntry[];
  /** Certificates, languages: one line each, at the richer levels only. */
  extras: Array<{ label: string; items: string[] }>;
}

interface Budget {
  summary: number;
  work: number;
  highlights: number;
  projects: number;
  evidence: number;
  technologies: number;
  skillGroups: number;
  education: number;
  extras: boolean;
}

/** From richest to leanest. */
export const RESUME_LEVELS: readonly Budget[] = [
  { summary: 3, work: 5, highlights: 4, projects: 4, evidence: 2, technologies: 8, skillGroups: 8, education: 3, extras: true },
  { summary: 2, work: 4, highlights: 3, projects: 3, evidence: 2, technologies: 7, skillGroups: 7, education: 3, extras: true },
  { summary: 1, work: 4, highlights: 2, projects: 3, evidence: 1, technologies: 6, skillGroups: 6, education: 2, extras: false },
  { summary: 1, work: 4, highlights: 1, projects: 3, evidence: 1, technologies: 6, skillGroups: 6, education: 2, extras: false },
  { summary: 1, work: 3, highlights: 1, projects: 2, evidence: 1, technologies: 6, skillGroups: 5, education: 2, extras: false },
  { summary: 1, work: 3, highlights: 1, projects: 2, evidence: 1, technologies: 5, skillGroups: 4, education: 1, extras: false },
  { summary: 1, work: 2, highlights: 1, projects: 2, evidence: 1, technologies: 5, skillGroups: 4, education: 1, extras: false },
  { summary: 1, work: 2, highlights: 1, projects: 1, evidence: 1, technologies: 5, skillGroups: 4, education: 1, extras: false },
];

/** Ids of the technologies a focus names (by name or alias). */
function focusIds(focus: readonly string[]): Set<string> {
  return new Set(focus.map((f) => findTechnology(f)?.id ?? f.toLowerCase()));
}

/** How many focus technologies a text speaks of. */
function mentions(text: string, ids: Set<string>): number {
  if (!ids.size) return 0;
  return extractTechnologies(text).filter((t) => ids.has(t.techId)).length;
}

function byFocus(items: readonly string[], ids: Set<string>, score: (s: string) => number): string[] {
  if (!ids.size) return [...items];
  return items.map((s, i) => ({ s, i, n: score(s) })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.s);
}

function isFocus(name: string, ids: Set<string>): number {
  return ids.has(findTechnology(name)?.id ?? name.toLowerCase()) ? 1 : 0;
}

/** A result with a number in it is the strongest evidence; then the other results; then highlights. */
function evidenceOf(p: DocProject, ids: Set<string>): string[] {
  const measured = p.results.filter((r) => /\d/.test(r));
  const ordered = [...measured, ...p.results.filter((r) => !measured.includes(r)), ...byFocus(p.highlights, ids, (h) => mentions(h, ids))];
  return ordered;
}

export function resumeView(doc: ExportDocument, level: number): ResumeView {
  const b = RESUME_LEVELS[Math.max(0, Math.min(RESUME_LEVELS.length - 1, level))];
  const ids = focusIds(doc.focus);
  const section = (key: string) => doc.resume.sections.find((s) => s.key === key)?.entries ?? [];

  const work = section('work')
    .slice(0, b.work)
    .map((entry) => ({ entry, highlights: byFocus(entry.highlights, ids, (h) => mentions(h, ids)).slice(0, b.highlights) }));

  const projects = doc.projects.slice(0, b.projects).map((project) => {
    const link = project.links.find((l) => l.type === 'repository') ?? project.links[0];
    return {
      project,
      evidence: evidenceOf(project, ids).slice(0, b.evidence),
      technologies: byFocus(project.technologies, ids, (t) => isFocus(t, ids)).slice(0, b.technologies),
      link: link ? { label: link.url.replace(/^https?:\/\//, '').replace(/\/$/, ''), url: link.url } : null,
    };
  });

  const own = section('skills');
  const skills = own.length
    ? own.map((s) => ({ label: [s.heading, s.org].filter(Boolean).join(' · '), items: byFocus(s.keywords, ids, (k) => isFocus(k, ids)) }))
    : doc.skills.map((g) => ({ label: g.label, items: byFocus(g.skills.map((s) => s.name), ids, (k) => isFocus(k, ids)) }));
  const rankedSkills = ids.size ? [...skills].sort((x, y) => y.items.filter((i) => isFocus(i, ids)).length - x.items.filter((i) => isFocus(i, ids)).length) : skills;

  const extras: ResumeView['extras'] = [];
  if (b.extras) {
    const certs = section('certificates').map((c) => [c.heading, c.org, c.period].filter(Boolean).join(', '));
    if (certs.length) extras.push({ label: 'Certificates', items: certs });
    const langs = section('languages').map((l) => (l.org ? `${l.heading} (${l.org})` : l.heading));
    if (langs.length) extras.push({ label: 'Languages', items: langs });
  }

  return {
    level,
    summary: doc.resume.summary.slice(0, b.summary),
    work,
    projects,
    skills: rankedSkills.slice(0, b.skillGroups),
    education: section('education').slice(0, b.education),
    extras,
  };
}
