/**
 * The resume: the JSON Resume model (https://jsonresume.org/schema) as Showcase holds it, beside
 * the projects of the portfolio. Field names are JSON Resume's own. Text fields are '' when not
 * given; dates are ISO dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD) or null, and a missing
 * end date means "ongoing". Every entry keeps the fields Showcase does not know in `extra`, as they
 * were written, so they are exported again.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

interface Entry {
  id: string;
  /** Fields Showcase does not read, kept as written (also a known field whose value could not be read). */
  extra: JsonObject;
}

export interface ResumeLocation {
  address: string;
  postalCode: string;
  city: string;
  countryCode: string;
  region: string;
  extra: JsonObject;
}

export interface ResumeProfile extends Entry {
  network: string;
  username: string;
  /** Kept as written; only an http(s) address becomes a link. */
  url: string;
}

export interface ResumeBasics {
  name: string;
  label: string;
  image: string;
  email: string;
  phone: string;
  url: string;
  summary: string;
  location: ResumeLocation;
  extra: JsonObject;
}

export interface WorkEntry extends Entry {
  name: string;
  position: string;
  location: string;
  description: string;
  url: string;
  startDate: string | null;
  endDate: string | null;
  summary: string;
  highlights: string[];
}

export interface VolunteerEntry extends Entry {
  organization: string;
  position: string;
  url: string;
  startDate: string | null;
  endDate: string | null;
  summary: string;
  highlights: string[];
}

export interface EducationEntry extends Entry {
  institution: string;
  url: string;
  area: string;
  studyType: string;
  startDate: string | null;
  endDate: string | null;
  score: string;
  courses: string[];
}

export interface AwardEntry extends Entry {
  title: string;
  date: string | null;
  awarder: string;
  summary: string;
}

export interface CertificateEntry extends Entry {
  name: string;
  date: string | null;
  url: string;
  issuer: string;
}

export interface PublicationEntry extends Entry {
  name: string;
  publisher: string;
  releaseDate: string | null;
  url: string;
  summary: string;
}

export interface SkillEntry extends Entry {
  name: string;
  level: string;
  keywords: string[];
}

export interface LanguageEntry extends Entry {
  language: string;
  fluency: string;
}

export interface InterestEntry extends Entry {
  name: string;
  keywords: string[];
}

export interface ReferenceEntry extends Entry {
  name: string;
  reference: string;
}

/** The list sections of a resume, by their JSON Resume key. Projects live in the portfolio. */
export interface ResumeSections {
  profiles: ResumeProfile[];
  work: WorkEntry[];
  volunteer: VolunteerEntry[];
  education: EducationEntry[];
  awards: AwardEntry[];
  certificates: CertificateEntry[];
  publications: PublicationEntry[];
  skills: SkillEntry[];
  languages: LanguageEntry[];
  interests: InterestEntry[];
  references: ReferenceEntry[];
}

export type SectionKey = keyof ResumeSections;
export type SectionEntry<K extends SectionKey> = ResumeSections[K][number];

export interface Resume extends ResumeSections {
  basics: ResumeBasics;
  /** JSON Resume's `meta` object, as imported (the export refreshes its dates). */
  meta: JsonObject;
  /** Top-level fields of an imported file that are not JSON Resume sections, kept as written. */
  extra: JsonObject;
}

/** A project's JSON Resume fields that the portfolio itself has no place for. */
export interface ProjectResumeFields {
  roles: string[];
  entity: string;
  /** JSON Resume's free-text `type` ("application"), when it says more than the project's kinds. */
  type: string;
  /** The project's address when it is not an http(s) URL (a relative path, no scheme): kept as text. */
  urlText: string;
  /** Keywords that did not become technology tags ("CRUD" names a kind): exported again as written. */
  keywords: string[];
  extra: JsonObject;
}

export const EMPTY_PROJECT_RESUME_FIELDS: ProjectResumeFields = { roles: [], entity: '', type: '', urlText: '', keywords: [], extra: {} };

export const EMPTY_LOCATION: ResumeLocation = { address: '', postalCode: '', city: '', countryCode: '', region: '', extra: {} };

export const EMPTY_BASICS: ResumeBasics = { name: '', label: '', image: '', email: '', phone: '', url: '', summary: '', location: EMPTY_LOCATION, extra: {} };

export function emptyResume(): Resume {
  return {
    basics: { ...EMPTY_BASICS, location: { ...EMPTY_LOCATION, extra: {} }, extra: {} },
    profiles: [],
    work: [],
    volunteer: [],
    education: [],
    awards: [],
    certificates: [],
    publications: [],
    skills: [],
    languages: [],
    interests: [],
    references: [],
    meta: {},
    extra: {},
  };
}
