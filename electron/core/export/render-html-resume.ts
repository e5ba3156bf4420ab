/**
 * The one-page resume as HTML: the same view the PDF resume draws (resume-view.ts, trimmed to the
 * level the PDF chose), so the app's preview of the PDF resume shows what the file holds.
 */
import type { ExportDocument } from './document';
import { escapeHtml as h } from './escape';
import { entryHtml, headerHtml, link, page, summaryHtml, t, type HtmlOptions } from './render-html';
import { resumeTitle } from './render-pdf-resume';
import type { ResumeView } from './resume-view';

function labelledLines(items: Array<{ label: string; items: string[] }>): string {
  return `<dl class="skills">${items.map((s) => `<div class="skill-group"><dt dir="auto">${h(s.label)}</dt><dd dir="auto">${h(s.items.join(', '))}</dd></div>`).join('')}</dl>`;
}

export function renderHtmlResume(doc: ExportDocument, view: ResumeView, options: HtmlOptions = {}): string {
  const section = (label: string, inner: string[]) => (inner.length ? [`<section><h2>${h(label)}</h2>`, ...inner, '</section>'] : []);
  const workLabel = doc.resume.sections.find((s) => s.key === 'work')?.label ?? 'Experience';
  const educationLabel = doc.resume.sections.find((s) => s.key === 'education')?.label ?? 'Education';
  const projects = view.projects.map((p) => {
    const meta = [p.project.period, p.project.kinds.join(', '), p.project.documentation?.label ?? ''].filter(Boolean).map(h).join(' · ');
    return [
      '<article class="entry">',
      t('h3', p.project.title),
      meta ? `<p class="meta" dir="auto">${meta}</p>` : '',
      p.project.summary ? t('p', p.project.summary, 'summary') : '',
      p.evidence.length ? `<ul class="items">${p.evidence.map((e) => t('li', e)).join('')}</ul>` : '',
      p.technologies.length ? t('p', p.technologies.join(' · '), 'meta') : '',
      p.link ? `<p class="links">${link(p.link.url, p.link.label)}</p>` : '',
      '</article>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  const body = [
    ...headerHtml(doc),
    summaryHtml(doc.labels.summary, view.summary),
    ...section(workLabel, view.work.map((w) => entryHtml(w.entry, w.highlights))),
    ...section(doc.labels.selectedProjects, projects),
    ...section(doc.labels.skills, view.skills.length ? [labelledLines(view.skills)] : []),
    ...section(educationLabel, view.education.map((e) => entryHtml(e))),
    ...section('More', view.extras.length ? [labelledLines(view.extras)] : []),
  ].filter(Boolean);
  return page(resumeTitle(doc), options.theme ?? 'light', options.paper ?? 'a4', body, `${doc.labels.generated} ${doc.generatedOn}`);
}
