import { useEffect, useRef, useState } from 'react';
import { FieldError, errorId } from './field';

interface StringListFieldProps {
  id: string;
  legend: string;
  itemLabel: string;
  placeholder: string;
  items: string[];
  onChange(items: string[]): void;
  errorAt(index: number): string | undefined;
}

/** An editable bullet list: one input per item, add and remove. */
export function StringListField({ id, legend, itemLabel, placeholder, items, onChange, errorAt }: StringListFieldProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    listRef.current?.querySelectorAll('input')[focusIndex]?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  function add(at = items.length) {
    onChange([...items.slice(0, at), '', ...items.slice(at)]);
    setFocusIndex(at);
  }

  return (
    <fieldset className="field list-field">
      <legend className="field-label">{legend}</legend>
      {items.length > 0 && (
        <ol className="list-items" ref={listRef}>
          {items.map((value, i) => {
            const itemId = `${id}-${i}`;
            const error = errorAt(i);
            return (
              <li key={i} className="list-item">
                <span className="bullet" aria-hidden="true">•</span>
                <div className="list-item-body">
                  <label htmlFor={itemId} className="sr-only">
                    {itemLabel} {i + 1}
                  </label>
                  <input
                    id={itemId}
                    type="text"
                    dir="auto"
                    value={value}
                    placeholder={placeholder}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId(itemId) : undefined}
                    onChange={(e) => onChange(items.map((v, j) => (j === i ? e.target.value : v)))}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        add(i + 1);
                      } else if (e.key === 'Backspace' && value === '' && items.length > 0) {
                        e.preventDefault();
                        onChange(items.filter((_, j) => j !== i));
                        setFocusIndex(Math.max(0, i - 1));
                      }
                    }}
                  />
                  <FieldError id={itemId} error={error} />
                </div>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={`Remove ${itemLabel.toLowerCase()} ${i + 1}`}
                  onClick={() => onChange(items.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="btn btn-ghost btn-small add-btn" onClick={() => add()}>
        + Add {itemLabel.toLowerCase()}
      </button>
    </fieldset>
  );
}
