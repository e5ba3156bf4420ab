import type { Migration } from './index';

const text = (name: string) => `${name} TEXT NOT NULL DEFAULT ''`;
const json = (name: string, type: 'object' | 'array') => `${name} TEXT NOT NULL DEFAULT '${type === 'object' ? '{}' : '[]'}' CHECK (json_valid(${name}) AND json_type(${name}) = '${type}')`;
const date = (name: string) => `${name} TEXT`;

function section(table: string, columns: string[]): string {
  return `CREATE TABLE ${table} (
    id TEXT PRIMARY KEY,
    sort_order INTEGER NOT NULL,
    ${[...columns, json('extra', 'object')].join(',\n    ')}
  ) STRICT;
  CREATE INDEX ${table}_order ON ${table} (sort_order);`;
}

/**
 * The whole JSON Resume beside the portfolio: the basics (one row), a table per list section,
 * and the JSON Resume fields of projects that the portfolio has no column for. Every entry keeps
 * the fields Showcase does not read in `extra` (a JSON object), so they are exported again. The
 * thin profile that exports used (a `settings` value) moves into the basics and a GitHub profile.
 */
export const migration006: Migration = {
  version: 6,
  name: 'resume',
  up(db) {
    db.exec(`
      CREATE TABLE resume (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        ${['name', 'label', 'image', 'email', 'phone', 'url', 'summary', 'location_address', 'location_postal_code', 'location_city', 'location_country_code', 'location_region'].map(text).join(', ')},
        ${json('location_extra', 'object')},
        ${json('basics_extra', 'object')},
        ${json('meta', 'object')},
        ${json('extra', 'object')}
      ) STRICT;
      ${section('resume_profiles', [text('network'), text('username'), text('url')])}
      ${section('resume_work', [text('name'), text('position'), text('location'), text('description'), text('url'), date('start_date'), date('end_date'), text('summary'), json('highlights', 'array')])}
      ${section('resume_volunteer', [text('organization'), text('position'), text('url'), date('start_date'), date('end_date'), text('summary'), json('highlights', 'array')])}
      ${section('resume_education', [text('institution'), text('url'), text('area'), text('study_type'), date('start_date'), date('end_date'), text('score'), json('courses', 'array')])}
      ${section('resume_awards', [text('title'), date('date'), text('awarder'), text('summary')])}
      ${section('resume_certificates', [text('name'), date('date'), text('url'), text('issuer')])}
      ${section('resume_publications', [text('name'), text('publisher'), date('release_date'), text('url'), text('summary')])}
      ${section('resume_skills', [text('name'), text('level'), json('keywords', 'array')])}
      ${section('resume_languages', [text('language'), text('fluency')])}
      ${section('resume_interests', [text('name'), json('keywords', 'array')])}
      ${section('resume_references', [text('name'), text('reference')])}
      CREATE TABLE project_resume (
        project_id TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
        ${json('roles', 'array')},
        ${text('entity')},
        ${text('type')},
        ${text('url_text')},
        ${json('keywords', 'array')},
        ${json('extra', 'object')}
      ) STRICT;
    `);

    const row = db.prepare("SELECT value FROM settings WHERE key = 'profile'").get() as { value: string } | undefined;
    if (!row) return;
    let profile: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(row.value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) profile = parsed as Record<string, unknown>;
    } catch {
      // A damaged value was read as an empty profile before; it stays in settings, untouched.
      return;
    }
    const str = (key: string) => (typeof profile[key] === 'string' ? (profile[key] as string) : '');
    db.prepare('INSERT INTO resume (id, name, label, email, url, location_city) VALUES (1, ?, ?, ?, ?, ?)').run(str('name'), str('headline'), str('email'), str('website'), str('location'));
    const github = str('github');
    if (github) {
      db.prepare("INSERT INTO resume_profiles (id, sort_order, network, username, url) VALUES (?, 0, 'GitHub', ?, ?)").run(crypto.randomUUID(), github, `https://github.com/${github}`);
    }
    db.prepare("DELETE FROM settings WHERE key = 'profile'").run();
  },
};
