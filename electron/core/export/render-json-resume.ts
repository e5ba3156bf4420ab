/**
 * JSON Resume (resume.json, schema v1): basics from the profile, skills grouped by category,
 * one project per exported project. Validated against `@jsonresume/schema` before it is returned.
 */
import { validate as validateResume } from '@jsonresume/schema';
import { AppError } from '../errors';
import type { DocProject, ExportDocument } from './document';
import type { ResumeProjectData } from '../import/json-resume';

const ISO8601 = /^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/;

/** A JSON Resume project as written: the same shape the importer reads, always named. */
export type ResumeProject = ResumeProjectData & { name: string };

function date(value: string | null): string | undefined {
  return value && ISO8601.test(value) ? value : undefined;
}

function project(p: DocProject): ResumeProject {
  const url = (p.links.find((l) => l.type === 'repository') ?? p.links.find((l) => l.type === 'demo') ?? p.links[0])?.url;
  const out: ResumeProject = { name: p.title };
  if (p.summary) out.description = p.summary;
  const highlights = [...p.highlights, ...p.results];
  if (highlights.length) out.highlights = highlights;
  if (p.technologies.length) out.keywords = p.technologies;
  if (url) out.url = url;
  const start = date(p.startDate);
  const end = date(p.endDate);
  if (start) out.startDate = start;
  if (end) out.endDate = end;
  if (p.kinds.length) out.type = p.kinds.join(', ');
  return out;
}

export function buildResume(doc: ExportDocument): Record<string, unknown> {
  const { profile } = doc;
  const basics: Record<string, unknown> = {};
  if (profile.name) basics.name = profile.name;
  if (profile.headline) basics.label = profile.headline;
  const email = profile.contacts.find((c) => c.kind === 'email');
  if (email) basics.email = email.label;
  const website = profile.contacts.find((c) => c.kind === 'website');
  if (website) basics.url = website.url;
  if (profile.location) basics.location = { city: profile.location };
  const github = profile.contacts.find((c) => c.kind === 'github');
  if (github) basics.profiles = [{ network: 'GitHub', username: github.url.replace('https://github.com/', ''), url: github.url }];
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics,
    skills: doc.skills.map((g) => ({ name: g.label, keywords: g.skills.map((s) => s.name) })),
    projects: doc.projects.map(project),
    meta: { version: 'v1.0.0', lastModified: `${doc.generatedOn}T00:00:00`, generator: 'Showcase' },
  };
}

export function resumeSchemaProblems(resume: unknown): Array<{ path: string; message: string }> {
  let problems: Array<{ path: string; message: string }> = [];
  validateResume(resume, (errors) => {
    problems = (errors ?? []).map((e) => ({ path: e.property.replace(/^instance\.?/, '') || '(top level)', message: e.message }));
  });
  return problems;
}

/**
 * The resume as JSON text. `<`, `>`, `&` and the line separators are written as \u escapes: still
 * the same JSON, but safe should a résumé theme paste it into a page.
 */
export function renderJsonResume(doc: ExportDocument): string {
  const resume = buildResume(doc);
  const problems = resumeSchemaProblems(resume);
  if (problems.length) {
    throw new AppError('INTERNAL', `The exported resume.json does not match the JSON Resume schema: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  return `${JSON.stringify(resume, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
