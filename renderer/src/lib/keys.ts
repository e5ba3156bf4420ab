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

/**
 * The WAI-ARIA keyboard pattern of a radio group or a tab list with automatic activation: the
 * arrow keys move to the previous or next item (wrapping), Home and End to the first and last,
 * and the item moved to is chosen and focused. Items carry `data-roving` on the same container.
 */
export function rovingKeyDown<T>(e: React.KeyboardEvent, items: readonly T[], current: T, choose: (item: T) => void): void {
  const index = items.indexOf(current);
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
  if (!(e.key in moves) || e.altKey || isMod(e)) return;
  e.preventDefault();
  const next = (moves[e.key] + items.length) % items.length;
  choose(items[next]);
  const buttons = (e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-roving]');
  buttons[next]?.focus();
}
