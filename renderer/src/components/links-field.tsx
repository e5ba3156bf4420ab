import { LINK_TYPES, type LinkType, type ProjectLink } from '../../../shared/types';
import { FieldError, errorId } from './field';

const LINK_LABELS: Record<LinkType, string> = { repository: 'Repository', demo: 'Demo', docs: 'Docs', other: 'Other' };

interface LinksFieldProps {
  links: ProjectLink[];
  onChange(links: ProjectLink[]): void;
  errorAt(path: string): string | undefined;
}

export function LinksField({ links, onChange, errorAt }: LinksFieldProps) {
  const patch = (i: number, change: Partial<ProjectLink>) => onChange(links.map((l, j) => (j === i ? { ...l, ...change } : l)));
  return (
    <fieldset className="field list-field">
      <legend className="field-label">Links</legend>
      {links.length > 0 && (
        <ul className="list-items">
          {links.map((link, i) => {
            const urlId = `link-${i}-url`;
            const error = errorAt(`links.${i}.url`) ?? errorAt(`links.${i}`);
            return (
              <li key={i} className="list-item link-item">
                <div className="link-row">
                  <label htmlFor={`link-${i}-type`} className="sr-only">
                    Link {i + 1} type
                  </label>
                  <select id={`link-${i}-type`} value={link.type} onChange={(e) => patch(i, { type: e.target.value as LinkType })}>
                    {LINK_TYPES.map((t) => (
                      <option key={t} value={t}>{LINK_LABELS[t]}</option>
                    ))}
                  </select>
                  <label htmlFor={urlId} className="sr-only">
                    Link {i + 1} URL
                  </label>
                  <input
                    id={urlId}
                    type="text"
                    inputMode="url"
                    spellCheck={false}
                    placeholder="https://github.com/you/project"
                    value={link.url}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId(urlId) : undefined}
                    onChange={(e) => patch(i, { url: e.target.value })}
                  />
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={`Remove link ${i + 1}`}
                    onClick={() => onChange(links.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                </div>
                <FieldError id={urlId} error={error} />
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className="btn btn-ghost btn-small add-btn"
        onClick={() => onChange([...links, { type: links.length === 0 ? 'repository' : 'demo', url: '' }])}
      >
        + Add link
      </button>
    </fieldset>
  );
}
