/**
 * One self-contained HTML file: inline CSS, no script, no external request (a CSP meta forbids
 * both), a print stylesheet that keeps every project card on one page. All text is escaped and
 * only http(s) (and our own mailto:) links are written.
 */
import type { ExportTheme, PaperSize } from '../../../shared/export-types';
import type { DocContact, DocProject, ExportDocument } from './document';
import { encodeUrlChars, escapeHtml as h } from './escape';
import type { DocEntry, DocSection } from './resume-document';
import { PALETTES, PAPER, type Palette } from './theme';

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface HtmlOptions {
  theme?: ExportTheme;
  paper?: PaperSize;
}

function vars(p: Palette): string {
  return `--bg:${p.background};--text:${p.text};--muted:${p.muted};--accent:${p.accent};--border:${p.border};--card:${p.card};--chip:${p.chip};--badge:${p.badge};--badge-text:${p.badgeText};`;
}

export function css(theme: ExportTheme, paper: PaperSize): string {
  return `
:root{${vars(PALETTES[theme])}color-scheme:${theme}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:15px/1.5 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;overflow-wrap:anywhere}
main{max-width:52rem;margin:0 auto;padding:2.5rem 1.5rem}
a{color:var(--accent)}
h1{font-size:2rem;margin:0}
h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--border)}
h3{font-size:1.1rem;margin:0}
h4{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:.75rem 0 .25rem}
.headline{font-size:1.1rem;margin:.25rem 0 0}
.location{color:var(--muted);margin:.15rem 0 0}
.contacts{list-style:none;padding:0;margin:.5rem 0 0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.skills{margin:0}
.skill-group{display:grid;grid-template-columns:11rem 1fr;gap:.75rem;padding:.2rem 0}
.skill-group dt{font-weight:bold}
.skill-group dd{margin:0}
.by{color:var(--muted)}
.card{background:var(--card);border:1px solid var(--border);border-radius:8px;padding:1rem 1.25rem;margin:0 0 1rem}
.meta{color:var(--muted);margin:.15rem 0 0;font-size:.9rem}
.badge{display:inline-block;background:var(--badge);color:var(--badge-text);border-radius:999px;padding:0 .55rem;font-size:.8rem;margin-left:.35rem}
.summary{margin:.5rem 0 0}
ul.items{margin:0;padding-left:1.25rem}
.tech{margin:.75rem 0 0}
.chip{display:inline-block;background:var(--chip);border-radius:4px;padding:0 .4rem;margin:0 .3rem .3rem 0;font-size:.85rem}
.links{margin:.5rem 0 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.summary-text p{margin:0 0 .5rem}
.entry{margin:0 0 1rem;break-inside:avoid}
.entry h3 .org{font-weight:normal}
.keywords{margin:.35rem 0 0}
footer{color:var(--muted);font-size:.8rem;margin-top:2rem}
@page{size:${PAPER[paper].css};margin:16mm 15mm}
@media print{
:root{${vars(PALETTES.light)}color-scheme:light}
body{font-size:10.5pt}
main{max-width:none;padding:0}
.card,.skill-group,header.profile{break-inside:avoid;page-break-inside:avoid}
h2,h3,h4{break-after:avoid;page-break-after:avoid}
a{color:var(--text);text-decoration:none}
}
@media (max-width:40rem){.skill-group{grid-template-columns:1fr;gap:0}}
`.trim();
}

/**
 * User text is isolated from what surrounds it (dir="auto" on its own element, <bdi> inside a
 * line): right-to-left text shows as written and cannot reorder the page around it.
 */
function bdi(text: string): string {
  return `<bdi>${h(text)}</bdi>`;
}

/** User text in an element of its own: `dir="auto"` lets a right-to-left line read right to left. */
export function t(tag: string, text: string, cls = ''): string {
  return `<${tag}${cls ? ` class="${cls}"` : ''} dir="auto">${h(text)}</${tag}>`;
}

export function list(items: string[]): string {
  return `<ul class="items">${items.map((i) => t('li', i)).join('')}</ul>`;
}

export function link(url: string, label: string): string {
  return `<a href="${h(encodeUrlChars(url))}" rel="noopener noreferrer nofollow" dir="auto">${h(label)}</a>`;
}

export function contact(c: DocContact): string {
  return `<li>${c.url ? link(c.url, c.label) : `<span dir="auto">${h(c.label)}</span>`}</li>`;
}

/** A resume entry: heading with its organisation, period and place, summary, bullets, details. */
export function entryHtml(e: DocEntry, highlights: string[] = e.highlights): string {
  const org = e.org ? `<span class="org"> — ${e.orgUrl ? link(e.orgUrl, e.org) : `<span dir="auto">${h(e.org)}</span>`}</span>` : '';
  const meta = [e.period, e.location].filter(Boolean).map(h).join(' · ');
  const parts = [`<article class="entry">`, `<h3 dir="auto"><span dir="auto">${h(e.heading)}</span>${org}</h3>`];
  if (meta) parts.push(`<p class="meta" dir="auto">${meta}</p>`);
  if (e.summary) parts.push(t('p', e.summary, 'summary'));
  if (highlights.length) parts.push(list(highlights));
  for (const d of e.details) parts.push(t('p', d, 'meta'));
  if (e.keywords.length) parts.push(`<p class="keywords">${e.keywords.map((k) => t('span', k, 'chip')).join('')}</p>`);
  parts.push('</article>');
  return parts.join('\n');
}

export function sectionHtml(s: DocSection): string {
  return [`<section><h2>${h(s.label)}</h2>`, ...s.entries.map((e) => entryHtml(e)), '</section>'].join('\n');
}

export function summaryHtml(label: string, paragraphs: string[]): string {
  return paragraphs.length ? `<section class="summary-text"><h2>${h(label)}</h2>${paragraphs.map((p) => t('p', p)).join('')}</section>` : '';
}

function card(p: DocProject, index: number, labels: ExportDocument['labels']): string {
  const meta = [p.period, p.kinds.join(', ')].filter(Boolean).map(h).join(' · ');
  const badge = p.documentation ? `<span class="badge">${h(p.documentation.label)}</span>` : '';
  const parts = [
    `<article class="card" id="project-${index + 1}">`,
    `<header>${t('h3', p.title)}${meta || badge ? `<p class="meta">${meta}${badge}</p>` : ''}</header>`,
  ];
  if (p.summary) parts.push(t('p', p.summary, 'summary'));
  if (p.highlights.length) parts.push(`<h4>${h(labels.highlights)}</h4>${list(p.highlights)}`);
  if (p.results.length) parts.push(`<h4>${h(labels.results)}</h4>${list(p.results)}`);
  if (p.technologies.length) {
    parts.push(`<p class="tech">${p.technologies.map((x) => t('span', x, 'chip')).join('')}</p>`);
  }
  if (p.links.length) parts.push(`<p class="links">${p.links.map((l) => link(l.url, l.label)).join('')}</p>`);
  parts.push('</article>');
  return parts.join('\n');
}

export function headerHtml(doc: ExportDocument): string[] {
  const { profile } = doc;
  return [
    '<header class="profile">',
    t('h1', profile.name || doc.title),
    profile.headline ? t('p', profile.headline, 'headline') : '',
    profile.location ? t('p', profile.location, 'location') : '',
    profile.contacts.length ? `<ul class="contacts">${profile.contacts.map(contact).join('')}</ul>` : '',
    '</header>',
  ].filter(Boolean);
}

/** The page around a body: inline CSS, a CSP that forbids scripts and requests, no referrer. */
export function page(title: string, theme: ExportTheme, paper: PaperSize, body: string[], footerText: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="en" data-theme="${theme}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Showcase">',
    `<title>${h(title)}</title>`,
    `<style>\n${css(theme, paper)}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    `<footer>${h(footerText)}</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function renderHtml(doc: ExportDocument, options: HtmlOptions = {}): string {
  const theme = options.theme ?? 'light';
  const paper = options.paper ?? 'a4';
  const sections = new Map(doc.resume.sections.map((s) => [s.key, s]));
  const own = sections.get('skills');
  const skills = doc.skills.length
    ? [
        `<section><h2>${h(own ? doc.labels.projectSkills : doc.labels.skills)}</h2><dl class="skills">`,
        ...doc.skills.map((g) => {
          const items = g.skills.map((s) => {
            const by = s.projects.map(bdi).join(', ') + (s.more ? `, +${s.more} more` : '');
            return `<span class="skill">${bdi(s.name)} <span class="by">(${by})</span></span>`;
          });
          return `<div class="skill-group"><dt>${h(g.label)}</dt><dd>${items.join('; ')}</dd></div>`;
        }),
        '</dl></section>',
      ]
    : [];
  const projects = doc.projects.length
    ? [`<section><h2>${h(doc.labels.projects)}</h2>`, ...doc.projects.map((p, i) => card(p, i, doc.labels)), '</section>']
    : [];
  const resume = (key: DocSection['key']) => (sections.has(key) ? [sectionHtml(sections.get(key)!)] : []);
  const body = [
    ...headerHtml(doc),
    summaryHtml(doc.labels.summary, doc.resume.summary),
    ...resume('work'),
    ...resume('skills'),
    ...skills,
    ...projects,
    ...(['education', 'volunteer', 'awards', 'certificates', 'publications', 'languages', 'interests', 'references'] as const).flatMap(resume),
  ].filter(Boolean);
  return page(doc.title, theme, paper, body, `${doc.labels.generated} ${doc.generatedOn}`);
}
