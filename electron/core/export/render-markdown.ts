/**
 * Markdown for a GitHub profile README. Every piece of user or GitHub text is escaped
 * (escapeMarkdown), and links are written only for http(s) addresses, so no title can inject a
 * link, an image, raw HTML or a table.
 */
import type { DocProject, ExportDocument } from './document';
import { escapeMarkdown as md, markdownLink, markdownUrl } from './escape';
import type { DocEntry, DocSection } from './resume-document';

function entryLines(e: DocEntry): string[] {
  const org = e.org ? ` — ${e.orgUrl ? markdownLink(e.org, e.orgUrl) : md(e.org)}` : '';
  const lines = [`### ${md(e.heading)}${org}`, ''];
  const meta = [e.period, e.location].filter(Boolean).map(md);
  if (meta.length) lines.push(`*${meta.join(' · ')}*`, '');
  if (e.summary) lines.push(md(e.summary), '');
  if (e.highlights.length) lines.push(...e.highlights.map((h) => `- ${md(h)}`), '');
  for (const d of e.details) lines.push(md(d), '');
  if (e.keywords.length) lines.push(e.keywords.map(md).join(' · '), '');
  return lines;
}

function sectionLines(s: DocSection | undefined): string[] {
  return s ? [`## ${md(s.label)}`, '', ...s.entries.flatMap(entryLines)] : [];
}

function skillLine(group: ExportDocument['skills'][number]): string {
  const skills = group.skills.map((s) => {
    const shown = s.projects.map(md).join(', ') + (s.more ? `, +${s.more} more` : '');
    return `${md(s.name)} (${shown})`;
  });
  return `- **${md(group.label)}:** ${skills.join('; ')}`;
}

function projectSection(p: DocProject): string[] {
  const lines = [`### ${md(p.title)}`, ''];
  const meta = [p.period, p.kinds.join(', ')].filter(Boolean).map(md);
  if (p.documentation) meta.push(`📘 ${md(p.documentation.label)}`);
  if (meta.length) lines.push(`*${meta.join(' · ')}*`, '');
  if (p.summary) lines.push(md(p.summary), '');
  if (p.highlights.length) lines.push('**Highlights**', '', ...p.highlights.map((h) => `- ${md(h)}`), '');
  if (p.results.length) lines.push('**Results**', '', ...p.results.map((r) => `- ${md(r)}`), '');
  if (p.technologies.length) lines.push(`**Technologies:** ${p.technologies.map(md).join(' · ')}`, '');
  if (p.links.length) lines.push(p.links.map((l) => markdownLink(l.label, l.url)).join(' · '), '');
  return lines;
}

export function renderMarkdown(doc: ExportDocument): string {
  const { profile } = doc;
  const lines: string[] = [`# ${md(profile.name || doc.title)}`, ''];
  const sub = [profile.headline, profile.location].filter(Boolean).map(md);
  if (sub.length) lines.push(sub.join(' · '), '');
  if (profile.contacts.length) {
    const links = profile.contacts.map((c) =>
      c.kind === 'email' && c.url ? `[${md(c.label)}](${markdownUrl(c.url)})` : c.kind === 'phone' ? md(c.label) : markdownLink(c.label, c.url),
    );
    lines.push(links.join(' · '), '');
  }
  const sections = new Map(doc.resume.sections.map((s) => [s.key, s]));
  if (doc.resume.summary.length) lines.push(`## ${doc.labels.summary}`, '', ...doc.resume.summary.flatMap((p) => [md(p), '']));
  lines.push(...sectionLines(sections.get('work')), ...sectionLines(sections.get('skills')));
  if (doc.skills.length) {
    lines.push(`## ${sections.has('skills') ? doc.labels.projectSkills : doc.labels.skills}`, '', ...doc.skills.map(skillLine), '');
  }
  if (doc.projects.length) {
    lines.push(`## ${doc.labels.projects}`, '');
    for (const p of doc.projects) lines.push(...projectSection(p));
  }
  for (const key of ['education', 'volunteer', 'awards', 'certificates', 'publications', 'languages', 'interests', 'references'] as const) lines.push(...sectionLines(sections.get(key)));
  lines.push(`<sub>${doc.labels.generated} ${doc.generatedOn}</sub>`, '');
  return lines.join('\n');
}
