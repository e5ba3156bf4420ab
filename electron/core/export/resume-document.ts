/**
 * The resume's sections as an export shows them: each entry reduced to a heading ("Senior
 * backend engineer"), what it belongs to ("Ledgerly", linked when it has a web address), a period,
 * a summary, bullet points and short details. Every renderer lays out these the same way, so a
 * section looks alike in Markdown, HTML and PDF. Cleaned (one line, no control characters). Pure.
 */
import { SECTION_SPECS } from '../../../shared/resume-sections';
import type { Resume, ResumeLocation, ResumeProfile, SectionKey } from '../../../shared/resume-types';
import { isEmail, mailtoUrl, oneLine, safeWebUrl } from './escape';
import { formatMonth, resumePeriod } from '../../../shared/dates';

export interface DocEntry {
  heading: string;
  /** The organisation, institution or issuer; '' when none. */
  org: string;
  /** The organisation's web address, when it has one. */
  orgUrl: string | null;
  location: string;
  /** "Apr 2021 – present", "2019", or ''. */
  period: string;
  summary: string;
  highlights: string[];
  /** Short facts: "Grade: 16/20", "Courses: Databases, Distributed systems". */
  details: string[];
  keywords: string[];
}

export interface DocSection {
  key: Exclude<SectionKey, 'profiles'>;
  label: string;
  entries: DocEntry[];
}

export interface DocContact {
  kind: 'email' | 'website' | 'github' | 'phone' | 'profile';
  label: string;
  /** An http(s), mailto: or tel: address; null for text shown without a link. */
  url: string | null;
}

/** The resume part of an export document. */
export interface DocResume {
  /** The basics' summary, one paragraph per blank-line-separated block. */
  summary: string[];
  sections: DocSection[];
}

/** "Lisbon, Lisboa, PT": the parts of a location an employer needs (no street address). */
export function formatLocation(location: ResumeLocation): string {
  return [location.city, location.region, location.countryCode].map((s) => s.trim()).filter(Boolean).join(', ');
}

export { resumePeriod };

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(oneLine)
    .filter(Boolean);
}

const list = (items: readonly string[]) => items.map(oneLine).filter(Boolean);

function entry(partial: Partial<DocEntry> & { heading: string }): DocEntry {
  return { org: '', orgUrl: null, location: '', period: '', summary: '', highlights: [], details: [], keywords: [], ...partial, heading: oneLine(partial.heading) };
}

/** One entry per section kind; headings fall back to what there is, so no entry is blank. */
function toEntries(resume: Resume, key: DocSection['key']): DocEntry[] {
  const two = (main: string, org: string) => (oneLine(main) ? { heading: main, org: oneLine(org) } : { heading: org, org: '' });
  switch (key) {
    case 'work':
      return resume.work.map((w) =>
        entry({ ...two(w.position, w.name), orgUrl: safeWebUrl(w.url), location: oneLine(w.location), period: resumePeriod(w.startDate, w.endDate), summary: oneLine([w.summary, w.description].filter((t) => t.trim()).join(' — ')), highlights: list(w.highlights) }),
      );
    case 'volunteer':
      return resume.volunteer.map((v) => entry({ ...two(v.position, v.organization), orgUrl: safeWebUrl(v.url), period: resumePeriod(v.startDate, v.endDate), summary: oneLine(v.summary), highlights: list(v.highlights) }));
    case 'education':
      return resume.education.map((e) => {
        const degree = [e.studyType, e.area].map(oneLine).filter(Boolean).join(', ');
        const details = [e.score.trim() ? `Grade: ${oneLine(e.score)}` : '', e.courses.length ? `Courses: ${list(e.courses).join(', ')}` : ''].filter(Boolean);
        return entry({ ...two(degree, e.institution), orgUrl: safeWebUrl(e.url), period: resumePeriod(e.startDate, e.endDate, false), details });
      });
    case 'awards':
      return resume.awards.map((a) => entry({ ...two(a.title, a.awarder), period: a.date ? formatMonth(a.date) : '', summary: oneLine(a.summary) }));
    case 'certificates':
      return resume.certificates.map((c) => entry({ ...two(c.name, c.issuer), orgUrl: safeWebUrl(c.url), period: c.date ? formatMonth(c.date) : '' }));
    case 'publications':
      return resume.publications.map((p) => entry({ ...two(p.name, p.publisher), orgUrl: safeWebUrl(p.url), period: p.releaseDate ? formatMonth(p.releaseDate) : '', summary: oneLine(p.summary) }));
    case 'skills':
      return resume.skills.map((s) => entry({ heading: s.name || list(s.keywords)[0] || '', org: oneLine(s.level), keywords: list(s.keywords) }));
    case 'languages':
      return resume.languages.map((l) => entry({ heading: l.language, org: oneLine(l.fluency) }));
    case 'interests':
      return resume.interests.map((i) => entry({ heading: i.name, keywords: list(i.keywords) }));
    case 'references':
      return resume.references.map((r) => entry({ heading: r.name, summary: oneLine(r.reference) }));
  }
}

/** Sections in the order a resume reads, empty ones left out. */
export const DOC_SECTION_ORDER: ReadonlyArray<DocSection['key']> = ['work', 'skills', 'education', 'volunteer', 'awards', 'certificates', 'publications', 'languages', 'interests', 'references'];

export function buildDocResume(resume: Resume): DocResume {
  const sections = DOC_SECTION_ORDER.map((key) => ({ key, label: SECTION_SPECS[key].label, entries: toEntries(resume, key).filter((e) => e.heading || e.summary) })).filter((s) => s.entries.length);
  return { summary: paragraphs(resume.basics.summary), sections };
}

const GITHUB = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]{1,39})\/?$/i;

function profileContact(p: ResumeProfile): DocContact | null {
  const url = safeWebUrl(p.url);
  const network = oneLine(p.network);
  const user = oneLine(p.username).replace(/^@/, '');
  if (url && GITHUB.test(url)) return { kind: 'github', label: `github.com/${GITHUB.exec(url)![1]}`, url };
  if (network.toLowerCase() === 'github' && /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(user)) return { kind: 'github', label: `github.com/${user}`, url: `https://github.com/${user}` };
  if (!url && !user) return null;
  const label = url ? url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') : `${network ? `${network}: ` : ''}${user}`;
  return { kind: 'profile', label, url };
}

/** Email, phone, website and every profile, in that order; GitHub's written as github.com/login. */
export function resumeContacts(resume: Resume): DocContact[] {
  const out: DocContact[] = [];
  const email = resume.basics.email.trim();
  if (isEmail(email)) out.push({ kind: 'email', label: email, url: mailtoUrl(email) });
  const website = safeWebUrl(resume.basics.url);
  if (website) out.push({ kind: 'website', label: website.replace(/^https?:\/\//, '').replace(/\/$/, ''), url: website });
  for (const p of resume.profiles) {
    const c = profileContact(p);
    if (c && !out.some((o) => o.label.toLowerCase() === c.label.toLowerCase())) out.push(c);
  }
  const phone = oneLine(resume.basics.phone);
  if (phone) {
    const digits = phone.replace(/[^\d+]/g, '');
    out.push({ kind: 'phone', label: phone, url: /^\+?\d{6,15}$/.test(digits) ? `tel:${digits}` : null });
  }
  return out;
}
