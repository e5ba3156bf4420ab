/**
 * The short Markdown form for a GitHub profile README (the `login/login` repository): who you
 * are in a line or two, your top projects with one line each and where to see them, and your
 * skills. The full portfolio stays in render-markdown.ts. Everything is escaped as there.
 */
import type { ExportDocument } from './document';
import { escapeMarkdown as md, markdownLink, markdownUrl } from './escape';

/** Projects a profile README names; more belong in the portfolio. */
export const README_PROJECTS = 6;
/** Skills per line. */
const SKILLS_PER_GROUP = 8;

function firstSentences(text: string, max = 280): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return end > 80 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function renderProfileReadme(doc: ExportDocument): string {
  const { profile } = doc;
  const lines: string[] = [`# ${md(profile.name ? `Hi, I’m ${profile.name}` : doc.title)}`, ''];
  const sub = [profile.headline, profile.location].filter(Boolean).map(md);
  if (sub.length) lines.push(`**${sub.join(' · ')}**`, '');
  const summary = doc.resume.summary[0];
  if (summary) lines.push(md(firstSentences(summary)), '');
  // A profile README is public: no phone number, and GitHub needs no link to itself.
  const contacts = profile.contacts.filter((c) => c.kind !== 'github' && c.kind !== 'phone' && c.url);
  if (contacts.length) lines.push(contacts.map((c) => (c.kind === 'email' ? `[${md(c.label)}](${markdownUrl(c.url!)})` : markdownLink(c.label, c.url))).join(' · '), '');

  const top = doc.projects.slice(0, README_PROJECTS);
  if (top.length) {
    lines.push('## Top projects', '');
    for (const p of top) {
      const where = p.links.find((l) => l.type === 'repository') ?? p.links[0];
      const title = where ? markdownLink(p.title, where.url) : md(p.title);
      const about = p.summary ? ` — ${md(firstSentences(p.summary, 160))}` : '';
      const tech = p.technologies.length ? ` *${p.technologies.slice(0, 5).map(md).join(' · ')}*` : '';
      lines.push(`- **${title}**${about}${tech}`);
    }
    lines.push('');
  }
  const own = doc.resume.sections.find((s) => s.key === 'skills');
  const groups = own
    ? own.entries.map((e) => ({ label: e.heading, items: e.keywords }))
    : doc.skills.map((g) => ({ label: g.label, items: g.skills.map((s) => s.name) }));
  const shown = groups.filter((g) => g.items.length);
  if (shown.length) {
    lines.push('## Skills', '');
    for (const g of shown) lines.push(`- **${md(g.label)}:** ${g.items.slice(0, SKILLS_PER_GROUP).map(md).join(' · ')}`);
    lines.push('');
  }
  lines.push(`<sub>${doc.labels.generated} ${doc.generatedOn}</sub>`, '');
  return lines.join('\n');
}
