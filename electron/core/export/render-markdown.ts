/**
 * Markdown for a GitHub profile README. Every piece of user or GitHub text is escaped
 * (escapeMarkdown), and links are written only for http(s) addresses, so no title can inject a
 * link, an image, raw HTML or a table.
 */
import type { DocProject, ExportDocument } from './document';
import { escapeMarkdown as md, markdownLink, markdownUrl } from './escape';

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
      c.kind === 'email' ? `[${md(c.label)}](${markdownUrl(c.url)})` : markdownLink(c.label, c.url),
    );
    lines.push(links.join(' · '), '');
  }
  if (doc.skills.length) {
    lines.push(`## ${doc.labels.skills}`, '', ...doc.skills.map(skillLine), '');
  }
  if (doc.projects.length) {
    lines.push(`## ${doc.labels.projects}`, '');
    for (const p of doc.projects) lines.push(...projectSection(p));
  }
  lines.push(`<sub>${doc.labels.generated} ${doc.generatedOn}</sub>`, '');
  return lines.join('\n');
}
