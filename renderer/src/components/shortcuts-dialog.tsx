/**
 * The keyboard shortcuts help, opened with `?`, F1 or the sidebar button. Like ConfirmDialog it
 * is a native modal <dialog>: the page behind is inert, Escape closes it, and focus goes back to
 * whatever had it before.
 */
import { Fragment, useEffect, useId, useMemo, useRef } from 'react';
import { useUiStore } from '../stores/ui-store';
import { shortcutGroups } from '../lib/shortcuts';

export function ShortcutsDialog() {
  const open = useUiStore((s) => s.shortcutsOpen);
  const setOpen = useUiStore((s) => s.setShortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const groups = useMemo(() => shortcutGroups(), []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      closeRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      const back = opener.current;
      opener.current = null;
      if (back?.isConnected) back.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide shortcuts-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        setOpen(false);
      }}
    >
      <div className="shortcuts-head">
        <h2 id={titleId} className="dialog-title">Keyboard shortcuts</h2>
        <button ref={closeRef} type="button" className="btn btn-small" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
      <div className="dialog-body shortcuts-body">
        {groups.map((group) => (
          <section key={group.title} className="shortcut-group" aria-label={group.title}>
            <h3 className="shortcut-group-title">{group.title}</h3>
            <dl className={`shortcut-list ${group.compact ? 'shortcut-list-compact' : ''}`}>
              {group.shortcuts.map((s) => (
                <div key={`${s.keys.map((k) => k.join('+')).join('|')}:${s.description}`} className="shortcut">
                  <dt className="shortcut-keys">
                    {s.keys.map((combo, i) => (
                      <Fragment key={combo.join('+')}>
                        {i > 0 && <span className="shortcut-or">or</span>}
                        <span className="shortcut-combo">
                          {combo.map((k, j) => (
                            <Fragment key={k}>
                              {j > 0 && <span className="shortcut-plus" aria-hidden="true">+</span>}
                              <kbd>{k}</kbd>
                            </Fragment>
                          ))}
                        </span>
                      </Fragment>
                    ))}
                  </dt>
                  <dd className="shortcut-desc">{s.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
