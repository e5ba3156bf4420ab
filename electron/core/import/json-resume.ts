/**
 * Import of a JSON Resume (`resume.json`): every entry of `projects[]` becomes a project.
 * The whole file is validated first (the JSON Resume schema, then Showcase's own rules); on any
 * problem nothing is imported and every problem is reported with where it is.
 */
import { validate as validateResume } from '@jsonresume/schema';
import { AppError } from '../errors';
import { classifyLink } from '../../../shared/links';
import { isWebUrl, MAX_TITLE, projectInputSchema, toIssues } from '../../../shared/project-schema';
import { detectKindsInText } from '../../../shared/text-detection';
import { extractTechnologies } from '../../../shared/job-posting';
import { resolveTag } from '../../../shared/taxonomy';
import type { ProjectInput, ProjectKind } from '../../../shared/types';

/** A `projects[]` entry of a JSON Resume, as the schema allows it. */
export interface ResumeProjectData {
  name?: string;
  description?: string;
  highlights?: string[];
  keywords?: string[];
  url?: string;
  startDate?: string;
  endDate?: string;
  roles?: string[];
  entity?: string;
  type?: string;
}

export interface ImportProblem {
  path: string;
  message: string;
}

/** Parses JSON text, reporting a syntax error with its line and column. */
export function parseJsonText(text: string, what: string): unknown {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(clean);
  } catch (error) {
    const message = (error as Error).message;
    const pos = /position (\d+)/.exec(message);
    let where = '';
    if (pos) {
      const before = clean.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${Number(pos[1]) - before.lastIndexOf('\n')}`;
    }
    throw new AppError('VALIDATION', `${what} is not valid JSON${where}: ${message.replace(/^.*?: /, '').split('\n')[0]}`);
  }
}

/** JSON Resume allows a bare year; Showcase dates are at least year and month. */
function toDate(value: string | undefined): string | null {
  if (!value) return null;
  return /^\d{4}$/.test(value) ? `${value}-01` : value;
}

function schemaProblems(resume: unknown): ImportProblem[] {
  let problems: ImportProblem[] = [];
  validateResume(resume, (errors: Array<{ property: string; message: string }> | null) => {
    problems = (errors ?? []).map((e) => ({ path: e.property.replace(/^instance\.?/, '') || '(top level)', message: e.message }));
  });
  return problems;
}

/** A title for a project the resume left unnamed: its repository's name, its first words, or its place. */
function fallbackTitle(p: ResumeProjectData, index: number): string {
  if (p.url && isWebUrl(p.url)) {
    const last = new URL(p.url).pathname.split('/').filter(Boolean).pop();
    if (last) return decodeURIComponent(last).replace(/\.git$/, '');
  }
  const words = (p.description ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 6).join(' ');
  return words || `Project ${index + 1}`;
}

/**
 * Maps one JSON Resume project, detecting kinds and technologies named in its text. What
 * Showcase cannot keep as given (no name, a link that is not a web address) is adjusted and
 * reported in `warnings`, so a schema-valid resume always imports.
 */
export function resumeProjectToInput(p: ResumeProjectData, index = 0, warnings: string[] = []): ProjectInput {
  const keywords = (p.keywords ?? []).map((k) => k.trim()).filter(Boolean);
  const tags: NonNullable<ProjectInput['tags']> = [];
  const kinds = new Map<ProjectKind, string>();
  const seenTags = new Set<string>();

  for (const k of keywords) {
    const kindHit = detectKindsInText(k);
    for (const hit of kindHit) if (!kinds.has(hit.kind)) kinds.set(hit.kind, `keyword "${k}"`);
    // A keyword that only names a kind ("CRUD", "e-commerce") is not a technology tag.
    if (kindHit.length > 0 && !resolveTag(k).techId) continue;
    const { name } = resolveTag(k);
    if (!seenTags.has(name.toLowerCase())) {
      seenTags.add(name.toLowerCase());
      tags.push(name);
    }
  }
  const texts: Array<[string, string]> = [
    ['name', p.name ?? ''],
    ['description', p.description ?? ''],
    ...(p.highlights ?? []).map((h, i): [string, string] => [`highlight ${i + 1}`, h]),
  ];
  for (const [where, text] of texts) {
    for (const hit of detectKindsInText(text)) {
      if (!kinds.has(hit.kind)) kinds.set(hit.kind, `${where}: ${hit.evidence}`);
    }
  }
  for (const [where, text] of texts.slice(1)) {
    for (const tech of extractTechnologies(text)) {
      if (seenTags.has(tech.name.toLowerCase())) continue;
      seenTags.add(tech.name.toLowerCase());
      tags.push({ name: tech.name, source: 'detected', evidence: `${where} mentions "${tech.mentions[0]}"`, state: 'suggested' });
    }
  }
  let title = (p.name ?? '').trim();
  if (!title) {
    title = fallbackTitle(p, index);
    warnings.push(`projects[${index}] has no name; imported as "${title}".`);
  }
  if ([...title].length > MAX_TITLE) {
    title = `${[...title].slice(0, MAX_TITLE - 1).join('')}…`;
    warnings.push(`projects[${index}].name is longer than ${MAX_TITLE} characters; shortened.`);
  }
  const url = p.url?.trim();
  if (url && !isWebUrl(url)) warnings.push(`projects[${index}].url "${url.slice(0, 80)}" is not a web address; left out.`);
  return {
    title,
    summary: (p.description ?? '').trim(),
    highlights: p.highlights ?? [],
    tags,
    kinds: [...kinds].map(([kind, evidence]) => ({ kind, source: 'detected' as const, evidence, state: 'suggested' as const })),
    links: url && isWebUrl(url) ? [{ type: classifyLink(url), url }] : [],
    startDate: toDate(p.startDate),
    endDate: toDate(p.endDate),
    status: p.endDate ? 'shipped' : 'in-progress',
    showcased: true,
  };
}

/**
 * Validates a whole resume and returns the projects to create, or throws one VALIDATION
 * error listing every problem with its place in the file.
 */
export function projectsFromResume(resume: unknown): { inputs: ProjectInput[]; warnings: string[] } {
  const problems = schemaProblems(resume);
  if (problems.length === 0) {
    const projects = ((resume as { projects?: ResumeProjectData[] }).projects ?? []) as ResumeProjectData[];
    const warnings: string[] = [];
    const inputs = projects.map((p, i) => resumeProjectToInput(p, i, warnings));
    inputs.forEach((input, i) => {
      const parsed = projectInputSchema.safeParse(input);
      if (!parsed.success) {
        for (const issue of toIssues(parsed.error)) problems.push({ path: `projects[${i}] (${input.title}) ${issue.path}`, message: issue.message });
      }
    });
    if (problems.length === 0) return { inputs, warnings };
  }
  throw new AppError(
    'VALIDATION',
    `The file is not a valid JSON Resume; nothing was imported. ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    problems,
  );
}
