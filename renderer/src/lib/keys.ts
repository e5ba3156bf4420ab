/** Keyboard helpers shared by the global shortcuts and the widgets. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

/** Ctrl on Linux and Windows, Cmd on macOS. */
export function isMod(e: KeyboardEvent | React.KeyboardEvent): boolean {
  return e.ctrlKey || e.metaKey;
}

export const SEARCH_INPUT_ID = 'project-search';

export const PROJECT_LIST_ID = 'project-list';

/**
 * Puts focus on the projects list (its selected row is the active descendant) once React has
 * rendered: where focus goes after saving, closing the editor, deleting or undoing.
 */
export function focusProjectList(): void {
  window.requestAnimationFrame(() => document.getElementById(PROJECT_LIST_ID)?.focus({ preventScroll: true }));
}
