/**
 * One self-contained HTML file: inline CSS, no script, no external request (a CSP meta forbids
 * both), a print stylesheet that keeps every project card on one page. All text is escaped and
 * only http(s) (and our own mailto:) links are written.
 */
import type { ExportTheme, PaperSize } from '../../../shared/export-types';
import type { DocProject, ExportDocument } from './document';
import { escapeHtml as h } from './escape';
import { PALETTES, PAPER, type Palette } from './theme';

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface HtmlOptions {
  theme?: ExportTheme;
  paper?: PaperSize;
}

function vars(p: Palette): string {
  return `--bg:${p.background};--text:${p.text};--muted:${p.muted};--accent:${p.accent};--border:${p.border};--card:${p.card};--chip:${p.chip};--badge:${p.badge};--badge-text:${p.badgeText};`;
}

function css(theme: ExportTheme, paper: PaperSize): string {
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
 * User text is isolated from what surrounds it (dir="auto", <bdi>): right-to-left text shows
 * as written and cannot reorder the page around it.
 */
function bdi(text: string): string {
  return `<bdi>${h(text)}</bdi>`;
}

function list(items: string[]): string {
  return `<ul class="items">${items.map((i) => `<li dir="auto">${h(i)}</li>`).join('')}</ul>`;
}

function link(url: string, label: string): string {
  return `<a href="${h(url)}" rel="noopener noreferrer nofollow" dir="auto">${h(label)}</a>`;
}

function card(p: DocProject, index: number, labels: ExportDocument['labels']): string {
  const meta = [p.period, p.kinds.join(', ')].filter(Boolean).map(h).join(' · ');
  const badge = p.documentation ? `<span class="badge">${h(p.documentation.label)}</span>` : '';
  const parts = [
    `<article class="card" id="project-${index + 1}">`,
    `<header><h3 dir="auto">${h(p.title)}</h3>${meta || badge ? `<p class="meta">${meta}${badge}</p>` : ''}</header>`,
  ];
  if (p.summary) parts.push(`<p class="summary" dir="auto">${h(p.summary)}</p>`);
  if (p.highlights.length) parts.push(`<h4>${h(labels.highlights)}</h4>${list(p.highlights)}`);
  if (p.results.length) parts.push(`<h4>${h(labels.results)}</h4>${list(p.results)}`);
  if (p.technologies.length) {
    parts.push(`<p class="tech">${p.technologies.map((t) => `<span class="chip" dir="auto">${h(t)}</span>`).join('')}</p>`);
  }
  if (p.links.length) parts.push(`<p class="links">${p.links.map((l) => link(l.url, l.label)).join('')}</p>`);
  parts.push('</article>');
  return parts.join('\n');
}

export function renderHtml(doc: ExportDocument, options: HtmlOptions = {}): string {
  const theme = options.theme ?? 'light';
  const paper = options.paper ?? 'a4';
  const { profile } = doc;
  const header = [
    '<header class="profile">',
    `<h1 dir="auto">${h(profile.name || doc.title)}</h1>`,
    profile.headline ? `<p class="headline" dir="auto">${h(profile.headline)}</p>` : '',
    profile.location ? `<p class="location" dir="auto">${h(profile.location)}</p>` : '',
    profile.contacts.length ? `<ul class="contacts">${profile.contacts.map((c) => `<li>${link(c.url, c.label)}</li>`).join('')}</ul>` : '',
    '</header>',
  ].filter(Boolean);
  const skills = doc.skills.length
    ? [
        `<section><h2>${h(doc.labels.skills)}</h2><dl class="skills">`,
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
  return [
    '<!DOCTYPE html>',
    `<html lang="en" data-theme="${theme}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Showcase">',
    `<title>${h(doc.title)}</title>`,
    `<style>\n${css(theme, paper)}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...header,
    ...skills,
    ...projects,
    `<footer>${h(doc.labels.generated)} ${h(doc.generatedOn)}</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
