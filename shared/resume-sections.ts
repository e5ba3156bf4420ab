/**
 * One description of every resume section's fields: what kind of value each holds and what it is
 * called on screen. The database, validation, import, export and both editors (app and CLI) are
 * built from this table, so a field exists in all of them or in none.
 */
import type { SectionEntry, SectionKey } from './resume-types';

/** `text`: one line; `long`: a paragraph; `url`: kept as written, linked when http(s); `list`: strings. */
export type FieldKind = 'text' | 'long' | 'url' | 'email' | 'date' | 'list';

export interface FieldSpec<K extends SectionKey = SectionKey> {
  key: Exclude<keyof SectionEntry<K>, 'id' | 'extra'> & string;
  kind: FieldKind;
  label: string;
  placeholder?: string;
}

export interface SectionSpec<K extends SectionKey = SectionKey> {
  key: K;
  /** Heading in the app and in exports. */
  label: string;
  /** What one entry is called ("position", "degree"). */
  noun: string;
  fields: ReadonlyArray<FieldSpec<K>>;
  /** The field that names an entry in lists and messages. */
  titleField: FieldSpec<K>['key'];
}

function spec<K extends SectionKey>(s: SectionSpec<K>): SectionSpec<K> {
  return s;
}

export const SECTION_SPECS: { readonly [K in SectionKey]: SectionSpec<K> } = {
  profiles: spec({
    key: 'profiles',
    label: 'Profiles',
    noun: 'profile',
    titleField: 'network',
    fields: [
      { key: 'network', kind: 'text', label: 'Network', placeholder: 'GitHub' },
      { key: 'username', kind: 'text', label: 'Username', placeholder: 'dana' },
      { key: 'url', kind: 'url', label: 'Address', placeholder: 'https://github.com/dana' },
    ],
  }),
  work: spec({
    key: 'work',
    label: 'Experience',
    noun: 'position',
    titleField: 'name',
    fields: [
      { key: 'position', kind: 'text', label: 'Position', placeholder: 'Backend developer' },
      { key: 'name', kind: 'text', label: 'Company', placeholder: 'Acme' },
      { key: 'location', kind: 'text', label: 'Location', placeholder: 'Berlin, remote' },
      { key: 'url', kind: 'url', label: 'Company website', placeholder: 'https://acme.example' },
      { key: 'startDate', kind: 'date', label: 'Start' },
      { key: 'endDate', kind: 'date', label: 'End (empty: ongoing)' },
      { key: 'description', kind: 'text', label: 'About the company', placeholder: 'Payments for small shops' },
      { key: 'summary', kind: 'long', label: 'Summary' },
      { key: 'highlights', kind: 'list', label: 'Highlights' },
    ],
  }),
  volunteer: spec({
    key: 'volunteer',
    label: 'Volunteering',
    noun: 'role',
    titleField: 'organization',
    fields: [
      { key: 'position', kind: 'text', label: 'Role', placeholder: 'Mentor' },
      { key: 'organization', kind: 'text', label: 'Organisation', placeholder: 'Code Club' },
      { key: 'url', kind: 'url', label: 'Website' },
      { key: 'startDate', kind: 'date', label: 'Start' },
      { key: 'endDate', kind: 'date', label: 'End (empty: ongoing)' },
      { key: 'summary', kind: 'long', label: 'Summary' },
      { key: 'highlights', kind: 'list', label: 'Highlights' },
    ],
  }),
  education: spec({
    key: 'education',
    label: 'Education',
    noun: 'course of study',
    titleField: 'institution',
    fields: [
      { key: 'institution', kind: 'text', label: 'Institution', placeholder: 'University of Lisbon' },
      { key: 'studyType', kind: 'text', label: 'Degree', placeholder: 'BSc' },
      { key: 'area', kind: 'text', label: 'Area', placeholder: 'Computer Science' },
      { key: 'url', kind: 'url', label: 'Website' },
      { key: 'startDate', kind: 'date', label: 'Start' },
      { key: 'endDate', kind: 'date', label: 'End' },
      { key: 'score', kind: 'text', label: 'Grade', placeholder: '17/20' },
      { key: 'courses', kind: 'list', label: 'Courses' },
    ],
  }),
  awards: spec({
    key: 'awards',
    label: 'Awards',
    noun: 'award',
    titleField: 'title',
    fields: [
      { key: 'title', kind: 'text', label: 'Title' },
      { key: 'awarder', kind: 'text', label: 'Awarded by' },
      { key: 'date', kind: 'date', label: 'Date' },
      { key: 'summary', kind: 'long', label: 'Summary' },
    ],
  }),
  certificates: spec({
    key: 'certificates',
    label: 'Certificates',
    noun: 'certificate',
    titleField: 'name',
    fields: [
      { key: 'name', kind: 'text', label: 'Name', placeholder: 'AWS Certified Developer' },
      { key: 'issuer', kind: 'text', label: 'Issuer', placeholder: 'Amazon Web Services' },
      { key: 'date', kind: 'date', label: 'Date' },
      { key: 'url', kind: 'url', label: 'Address' },
    ],
  }),
  publications: spec({
    key: 'publications',
    label: 'Publications',
    noun: 'publication',
    titleField: 'name',
    fields: [
      { key: 'name', kind: 'text', label: 'Title' },
      { key: 'publisher', kind: 'text', label: 'Publisher' },
      { key: 'releaseDate', kind: 'date', label: 'Published' },
      { key: 'url', kind: 'url', label: 'Address' },
      { key: 'summary', kind: 'long', label: 'Summary' },
    ],
  }),
  skills: spec({
    key: 'skills',
    label: 'Skills',
    noun: 'skill',
    titleField: 'name',
    fields: [
      { key: 'name', kind: 'text', label: 'Skill', placeholder: 'Backend' },
      { key: 'level', kind: 'text', label: 'Level', placeholder: 'Advanced' },
      { key: 'keywords', kind: 'list', label: 'Keywords' },
    ],
  }),
  languages: spec({
    key: 'languages',
    label: 'Languages',
    noun: 'language',
    titleField: 'language',
    fields: [
      { key: 'language', kind: 'text', label: 'Language', placeholder: 'Portuguese' },
      { key: 'fluency', kind: 'text', label: 'Fluency', placeholder: 'Native speaker' },
    ],
  }),
  interests: spec({
    key: 'interests',
    label: 'Interests',
    noun: 'interest',
    titleField: 'name',
    fields: [
      { key: 'name', kind: 'text', label: 'Interest' },
      { key: 'keywords', kind: 'list', label: 'Keywords' },
    ],
  }),
  references: spec({
    key: 'references',
    label: 'References',
    noun: 'reference',
    titleField: 'name',
    fields: [
      { key: 'name', kind: 'text', label: 'Name' },
      { key: 'reference', kind: 'long', label: 'Reference' },
    ],
  }),
};

export const SECTION_KEYS = Object.keys(SECTION_SPECS) as SectionKey[];

/** Sections that are lists of the JSON Resume top level (profiles sit inside `basics`). */
export const TOP_LEVEL_SECTIONS = SECTION_KEYS.filter((k) => k !== 'profiles') as Array<Exclude<SectionKey, 'profiles'>>;

export function isSectionKey(value: unknown): value is SectionKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SECTION_SPECS, value);
}

/** The basics' own fields (location and profiles aside). */
export const BASICS_FIELDS: ReadonlyArray<{ key: 'name' | 'label' | 'image' | 'email' | 'phone' | 'url' | 'summary'; kind: FieldKind; label: string; placeholder?: string }> = [
  { key: 'name', kind: 'text', label: 'Name', placeholder: 'Dana Developer' },
  { key: 'label', kind: 'text', label: 'Headline', placeholder: 'Backend developer' },
  { key: 'email', kind: 'email', label: 'Email', placeholder: 'dana@example.com' },
  { key: 'phone', kind: 'text', label: 'Phone', placeholder: '+351 912 345 678' },
  { key: 'url', kind: 'url', label: 'Website', placeholder: 'https://dana.dev' },
  { key: 'image', kind: 'url', label: 'Photo (address)', placeholder: 'https://dana.dev/me.jpg' },
  { key: 'summary', kind: 'long', label: 'Summary' },
];

export const LOCATION_FIELDS: ReadonlyArray<{ key: 'address' | 'postalCode' | 'city' | 'region' | 'countryCode'; label: string; placeholder?: string }> = [
  { key: 'city', label: 'City', placeholder: 'Lisbon' },
  { key: 'region', label: 'Region', placeholder: 'Lisboa' },
  { key: 'countryCode', label: 'Country code', placeholder: 'PT' },
  { key: 'address', label: 'Address' },
  { key: 'postalCode', label: 'Postal code' },
];

/** A readable name for an entry: "Backend developer at Acme", "University of Lisbon". */
export function entryTitle<K extends SectionKey>(section: K, entry: SectionEntry<K>): string {
  const spec = SECTION_SPECS[section];
  const e = entry as unknown as Record<string, unknown>;
  const main = String(e[spec.titleField] ?? '').trim();
  const position = typeof e.position === 'string' ? e.position.trim() : '';
  if (position && main) return `${position} at ${main}`;
  return position || main || `Untitled ${spec.noun}`;
}

/** "work" → column names: camelCase keys become snake_case. */
export function columnOf(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
