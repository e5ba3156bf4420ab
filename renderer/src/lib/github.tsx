/** Small shared pieces for GitHub accounts and repositories. All third-party text is rendered as text. */
import { useState } from 'react';
import type { AccountKind, DocLevel, GitHubAccount, RepoLanguage } from '../../../shared/github-types';
import { formatDateTime } from '../../../shared/dates';
export { formatDateTime };

export const KIND_TEXT: Record<AccountKind, string> = { token: 'Token', oauth: 'OAuth', public: 'Public only' };

export const DOC_LEVEL_TEXT: Record<DocLevel, string> = { missing: 'No README', stub: 'Stub README', basic: 'Basic README', good: 'Good README' };

/** "github.com" for the public API, otherwise the Enterprise Server's host. */
export function accountHost(apiUrl: string): string {
  try {
    const host = new URL(apiUrl).host;
    return host === 'api.github.com' ? 'github.com' : host;
  } catch {
    return apiUrl;
  }
}


const AVATAR_ORIGIN = 'https://avatars.githubusercontent.com/';

/** The CSP allows avatars from GitHub's avatar host only; anything else shows initials. */
export function Avatar({ account }: { account: Pick<GitHubAccount, 'login' | 'avatarUrl'> }) {
  // Offline (or a broken image): initials instead of a broken picture.
  const [failed, setFailed] = useState<string | null>(null);
  const url = account.avatarUrl && account.avatarUrl.startsWith(AVATAR_ORIGIN) && failed !== account.avatarUrl ? account.avatarUrl : null;
  if (url) return <img className="avatar" src={url} alt="" width={40} height={40} referrerPolicy="no-referrer" onError={() => setFailed(url)} />;
  return (
    <span className="avatar avatar-initials" aria-hidden="true">
      {account.login.slice(0, 2).toUpperCase()}
    </span>
  );
}

export function DocBadge({ level }: { level: DocLevel | null }) {
  const state = level ?? 'unsynced';
  return <span className={`badge doc-badge doc-${state}`}>{level ? DOC_LEVEL_TEXT[level] : 'Not rated yet'}</span>;
}

/** A Linguist-coloured bar of a repository's languages, with a readable legend. */
export function LanguagesBar({ languages, legend = true }: { languages: RepoLanguage[]; legend?: boolean }) {
  const total = languages.reduce((n, l) => n + l.bytes, 0);
  if (total <= 0) return <span className="small muted">No languages</span>;
  const shown = languages.slice(0, 6);
  const label = shown.map((l) => `${l.name} ${Math.round((l.bytes / total) * 100)}%`).join(', ');
  return (
    <div className="langs">
      <div className="lang-bar" role="img" aria-label={`Languages: ${label}`}>
        {languages.map((l) => (
          <span
            key={l.name}
            className="lang-seg"
            style={{ width: `${(l.bytes / total) * 100}%`, background: safeColor(l.color) }}
            title={`${l.name} ${((l.bytes / total) * 100).toFixed(1)}%`}
          />
        ))}
      </div>
      {legend && (
        <ul className="lang-legend" aria-hidden="true">
          {shown.map((l) => (
            <li key={l.name}>
              <span className="lang-dot" style={{ background: safeColor(l.color) }} />
              {l.name} <span className="muted">{Math.round((l.bytes / total) * 100)}%</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function safeColor(color: string | null): string {
  return color && /^#[0-9a-f]{3,8}$/i.test(color) ? color : 'var(--border-strong)';
}
