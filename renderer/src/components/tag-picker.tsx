/**
 * Technology tags as chips plus an ARIA 1.2 combobox: autocomplete over taxonomy names and
 * aliases ("k8s → Kubernetes"), Enter/Tab picks, Enter on free text adds a custom tag,
 * Backspace on an empty box removes the last tag.
 */
import { useId, useMemo, useState } from 'react';
import { CATEGORY_LABELS, resolveTag, suggestTechnologies } from '../../../shared/taxonomy';
import type { ProjectTag } from '../../../shared/types';
import { tagKey } from '../lib/project-draft';

interface TagPickerProps {
  inputId: string;
  /** The chips to show (already filtered to the ones that count). */
  tags: ProjectTag[];
  onAdd(text: string): void;
  onRemove(tag: ProjectTag): void;
  describedBy?: string;
  invalid?: boolean;
}

type Option = { kind: 'tech'; name: string; matched: string; category: string } | { kind: 'custom'; name: string };

export function TagPicker({ inputId, tags, onAdd, onRemove, describedBy, invalid }: TagPickerProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  /** The user moved through the suggestions with the arrow keys: Enter then takes the highlighted one. */
  const [navigated, setNavigated] = useState(false);

  const options = useMemo<Option[]>(() => {
    const q = text.trim();
    if (!q) return [];
    const have = new Set(tags.map((t) => tagKey(t.name)));
    const found: Option[] = suggestTechnologies(q, 8)
      .filter((s) => !have.has(tagKey(s.tech.name)))
      .map((s) => ({ kind: 'tech', name: s.tech.name, matched: s.matched, category: CATEGORY_LABELS[s.tech.category] }));
    const resolved = resolveTag(q);
    const exact = found.some((o) => tagKey(o.name) === tagKey(resolved.name));
    if (!exact && resolved.techId === null && !have.has(tagKey(resolved.name))) found.push({ kind: 'custom', name: resolved.name });
    return found;
  }, [text, tags]);

  const expanded = open && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  function pick(option: Option | undefined) {
    const value = option ? option.name : text.trim();
    if (!value) return;
    onAdd(value);
    setText('');
    setActive(0);
    setNavigated(false);
  }

  /**
   * What Enter adds: the highlighted suggestion once the user chose one with the arrows;
   * otherwise an exact name or alias wins (also one already on the project, which then adds
   * nothing new), and only then the first suggestion.
   */
  function pickOnEnter() {
    if (expanded && navigated) return pick(options[activeIndex]);
    const resolved = resolveTag(text.trim());
    const have = tags.some((t) => tagKey(t.name) === tagKey(resolved.name));
    const exact = options.find((o) => tagKey(o.name) === tagKey(resolved.name));
    if (have || resolved.techId !== null) return pick(exact ?? { kind: 'custom', name: resolved.name });
    pick(expanded ? options[activeIndex] : undefined);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    // Keys that confirm an input method's composition (Japanese, Chinese…) are not ours.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        setNavigated(true);
        setActive((i) => (options.length ? (i + 1) % options.length : 0));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        setNavigated(true);
        setActive((i) => (options.length ? (i - 1 + options.length) % options.length : 0));
        break;
      case 'Enter':
        if (!text.trim()) return;
        e.preventDefault();
        pickOnEnter();
        break;
      case 'Tab':
        // Tab completes only when there is something to complete; otherwise it moves on.
        if (expanded && text.trim()) {
          e.preventDefault();
          pick(options[activeIndex]);
        }
        break;
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
        }
        break;
      case 'Backspace':
        if (text === '' && tags.length > 0) {
          e.preventDefault();
          onRemove(tags[tags.length - 1]);
        }
        break;
    }
  }

  return (
    <div className={`tag-picker ${invalid ? 'is-invalid' : ''}`}>
      <ul className="tag-chips" aria-label="Selected technologies">
        {tags.map((t) => (
          <li
            key={t.name}
            className={`chip chip-tag ${t.techId ? '' : 'chip-custom'} ${t.source === 'detected' ? 'chip-detected' : ''}`}
            title={t.source === 'detected' && t.evidence ? `Detected: ${t.evidence}` : undefined}
          >
            <span dir="auto">{t.name}</span>
            {!t.techId && <span className="chip-marker">custom</span>}
            {t.source === 'detected' && <span className="chip-marker">detected</span>}
            <button type="button" className="chip-remove" aria-label={`Remove ${t.name}`} onClick={() => onRemove(t)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="combo">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? `${listId}-${activeIndex}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={tags.length ? 'Add another…' : 'Type a technology, e.g. postgres, k8s, kafka'}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setNavigated(false);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Technology suggestions" className="combo-list" hidden={!expanded}>
          {options.map((o, i) => (
            <li
              key={`${o.kind}:${o.name}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={`combo-option ${i === activeIndex ? 'is-active' : ''}`}
              // Keep focus in the input so the picker stays open for the next tag.
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => {
                setActive(i);
                setNavigated(true);
              }}
              onClick={() => pick(o)}
            >
              {o.kind === 'tech' ? (
                <>
                  <span className="combo-name">
                    {tagKey(o.matched) !== tagKey(o.name) ? (
                      <>
                        <span className="combo-alias">{o.matched}</span> → {o.name}
                      </>
                    ) : (
                      o.name
                    )}
                  </span>
                  <span className="combo-cat">{o.category}</span>
                </>
              ) : (
                <>
                  <span className="combo-name" dir="auto">
                    Add “{o.name}”
                  </span>
                  <span className="combo-cat">custom tag</span>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
