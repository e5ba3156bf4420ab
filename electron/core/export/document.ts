/**
 * The export document: everything an export shows, already selected, redacted, cleaned and
 * worded. Every renderer (Markdown, HTML, PDF, JSON Resume) only lays this out, so the formats
 * cannot disagree about content. Never holds notes, gap analysis, evidence, rejected tags or
 * suggestions the user has not reviewed (shared/confirmed.ts decides). Pure.
 */
import { CATEGORY_LABELS, TECH_CATEGORIES, findTechnology, technologyById, type TechCategory } from '../../../shared/taxonomy';
import { KIND_LABELS, STATUS_LABELS, type LinkType, type Project, type ProjectStatus } from '../../../shared/types';
import type { ProfileInfo } from '../../../shared/export-types';
import type { DocLevel } from '../../../shared/github-types';
import { EMPTY_PROJECT_RESUME_FIELDS, emptyResume, type ProjectResumeFields, type Resume } from '../../../shared/resume-types';
import { oneLine, safeWebUrl } from './escape';
import { formatMonth, projectPeriod } from '../../../shared/dates';
import { confirmedKinds, confirmedProject, confirmedTags } from '../../../shared/confirmed';
import { buildDocResume, formatLocation, resumeContacts, type DocContact, type DocResume } from './resume-document';

export type { DocContact, DocResume };

export interface DocLink {
  type: LinkType;
  label: string;
  /** Always an http(s) URL. */
  url: string;
}

export interface DocSkill {
  name: string;
  /** Titles of the first projects (in export order) that demonstrate it. */
  projects: string[];
  /** How many more projects demonstrate it. */
  more: number;
}

export interface DocSkillGroup {
  id: TechCategory | 'other';
  label: string;
  skills: DocSkill[];
}

export interface DocProject {
  id: string;
  title: string;
  summary: string;
  /** "Feb 2023 – May 2023", "Jul 2024 – present", or '' without dates. */
  period: string;
  startDate: string | null;
  endDate: string | null;
  status: ProjectStatus;
  statusLabel: string;
  kinds: string[];
  highlights: string[];
  results: string[];
  technologies: string[];
  links: DocLink[];
  /** Shown only for a documented linked repository ("Documented", "Well documented"). */
  documentation: { level: 'basic' | 'good'; label: string } | null;
}

export interface ExportDocument {
  /** "Ada Lovelace – Portfolio", or "Portfolio" without a name. */
  title: string;
  /** YYYY-MM-DD. */
  generatedOn: string;
  profile: { name: string; headline: string; location: string; contacts: DocContact[] };
  /** Skills shown by the projects (technologies with the projects that demonstrate them). */
  skills: DocSkillGroup[];
  projects: DocProject[];
  /** The resume: its summary and sections (experience, education, the user's own skills…). */
  resume: DocResume;
  /** Technologies the export was picked for (a job target or posting), most wanted first; empty otherwise. */
  focus: string[];
  /** The data itself, for formats that carry data rather than layout (JSON Resume). */
  data: { resume: Resume; projects: Array<{ project: Project; fields: ProjectResumeFields }> };
  labels: typeof LABELS;
}

export const LABELS = {
  skills: 'Skills',
  /** The projects' skills when the resume has a skills section of its own. */
  projectSkills: 'Technologies in these projects',
  summary: 'Summary',
  projects: 'Projects',
  selectedProjects: 'Selected projects',
  highlights: 'Highlights',
  results: 'Results',
  technologies: 'Technologies',
  generated: 'Generated with Showcase on',
} as const;

/** Skills listed per skill before "+N more". */
export const SKILL_PROJECTS_SHOWN = 3;

export { formatMonth };

export function formatPeriod(start: string | null, end: string | null, status: ProjectStatus): string {
  return projectPeriod(start, end, status);
}

const LINK_LABELS: Record<LinkType, string> = { repository: 'Repository', demo: 'Live demo', docs: 'Documentation', other: 'Link' };

function docLinks(project: Project): DocLink[] {
  const out: DocLink[] = [];
  for (const link of project.links) {
    const url = safeWebUrl(link.url);
    if (!url || out.some((l) => l.url === url)) continue;
    out.push({ type: link.type, label: oneLine(link.label ?? '') || LINK_LABELS[link.type], url });
  }
  return out;
}

function categoryOf(tag: { name: string; techId: string | null }): TechCategory | 'other' {
  const tech = (tag.techId ? technologyById(tag.techId) : undefined) ?? findTechnology(tag.name);
  return tech?.category ?? 'other';
}

export function buildSkills(projects: readonly DocProject[], sources: readonly Project[]): DocSkillGroup[] {
  const groups = new Map<TechCategory | 'other', Map<string, { name: string; projects: string[] }>>();
  sources.forEach((project, i) => {
    for (const tag of confirmedTags(project)) {
      const name = oneLine(tag.name);
      if (!name) continue;
      const category = categoryOf(tag);
      let group = groups.get(category);
      if (!group) groups.set(category, (group = new Map()));
      const key = name.toLowerCase();
      const skill = group.get(key) ?? { name, projects: [] };
      if (!skill.projects.includes(projects[i].title)) skill.projects.push(projects[i].title);
      group.set(key, skill);
    }
  });
  const order: Array<TechCategory | 'other'> = [...TECH_CATEGORIES, 'other'];
  return order
    .filter((id) => groups.has(id))
    .map((id) => ({
      id,
      label: id === 'other' ? 'Other' : CATEGORY_LABELS[id],
      skills: [...groups.get(id)!.values()]
        .sort((a, b) => b.projects.length - a.projects.length || a.name.localeCompare(b.name, 'en'))
        .map((s) => ({ name: s.name, projects: s.projects.slice(0, SKILL_PROJECTS_SHOWN), more: Math.max(0, s.projects.length - SKILL_PROJECTS_SHOWN) })),
    }));
}

/** A resume holding only what the thin export profile says (tests, benchmarks, older callers). */
export function resumeFromProfile(profile: ProfileInfo): Resume {
  const resume = emptyResume();
  resume.basics = { ...resume.basics, name: profile.name, label: profile.headline, email: profile.email, url: profile.website, location: { ...resume.basics.location, city: profile.location } };
  const login = profile.github.trim().replace(/^@/, '');
  if (login) resume.profiles = [{ id: 'github', network: 'GitHub', username: login, url: `https://github.com/${login}`, extra: {} }];
  return resume;
}

export interface BuildDocumentInput {
  /** The whole resume; or only the thin profile (then the resume holds just that). */
  resume?: Resume;
  profile?: ProfileInfo;
  /** Already selected, ordered and redacted (applyPrivacy). */
  projects: readonly Project[];
  /** Each project's JSON Resume fields (roles, entity…), by project id. */
  projectFields?: ReadonlyMap<string, ProjectResumeFields>;
  /** Best documentation level of the repositories linked to each project. */
  docLevels?: ReadonlyMap<string, DocLevel>;
  focus?: readonly string[];
  now: Date;
}

export function buildDocument({ resume: given, profile, projects: listed, projectFields, docLevels, focus = [], now }: BuildDocumentInput): ExportDocument {
  // Only what the user confirmed reaches an employer, in every format (JSON Resume's data too).
  const projects = listed.map(confirmedProject);
  const resume = given ?? (profile ? resumeFromProfile(profile) : emptyResume());
  const docProjects: DocProject[] = projects.map((p) => {
    const level = docLevels?.get(p.id);
    return {
      id: p.id,
      title: oneLine(p.title) || 'Untitled project',
      summary: oneLine(p.summary),
      period: formatPeriod(p.startDate, p.endDate, p.status),
      startDate: p.startDate,
      endDate: p.endDate,
      status: p.status,
      statusLabel: STATUS_LABELS[p.status] ?? p.status,
      kinds: confirmedKinds(p).map((k) => KIND_LABELS[k.kind] ?? k.kind),
      highlights: p.highlights.map(oneLine).filter(Boolean),
      results: p.results.map(oneLine).filter(Boolean),
      technologies: [...new Set(confirmedTags(p).map((t) => oneLine(t.name)).filter(Boolean))],
      links: docLinks(p),
      documentation: level === 'good' ? { level, label: 'Well documented' } : level === 'basic' ? { level, label: 'Documented' } : null,
    };
  });
  const name = oneLine(resume.basics.name);
  return {
    title: name ? `${name} – Portfolio` : 'Portfolio',
    generatedOn: now.toISOString().slice(0, 10),
    profile: { name, headline: oneLine(resume.basics.label), location: oneLine(formatLocation(resume.basics.location)), contacts: resumeContacts(resume) },
    skills: buildSkills(docProjects, projects),
    projects: docProjects,
    resume: buildDocResume(resume),
    focus: [...focus],
    data: { resume, projects: projects.map((project) => ({ project, fields: projectFields?.get(project.id) ?? EMPTY_PROJECT_RESUME_FIELDS })) },
    labels: LABELS,
  };
}
