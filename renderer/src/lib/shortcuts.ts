/**
 * Every keyboard shortcut the app has, for the help overlay (`?` or F1). The handlers live
 * next to their widgets (app.tsx, projects-screen, project-list, projects-toolbar,
 * project-editor, tag-picker, string-list-field); keep this list in step with them.
 */
import { NAV_ITEMS, type ScreenId } from '../nav';

export interface Shortcut {
  /** Alternatives; each one is a list of keys pressed together. */
  keys: string[][];
  description: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
  /** Short entries, laid out in two columns. */
  compact?: boolean;
}

/** Cmd on macOS, Ctrl elsewhere. */
export function modKeyLabel(): string {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? '⌘' : 'Ctrl';
}

/** The digit that goes to the screen at `index` in the sidebar with Alt: 1…9, then 0 for the tenth. */
export function navShortcutDigit(index: number): string {
  return String((index + 1) % 10);
}

/** The screen an Alt+1…Alt+9 (Alt+0: the tenth) press goes to, or null. Uses the physical key, so macOS Option works too. */
export function navShortcutTarget(e: KeyboardEvent): ScreenId | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const match = /^(?:Digit|Numpad)([0-9])$/.exec(e.code);
  const index = match ? (Number(match[1]) + 9) % 10 : -1;
  return NAV_ITEMS[index]?.id ?? null;
}

export function shortcutGroups(mod = modKeyLabel()): ShortcutGroup[] {
  return [
    {
      title: 'Anywhere',
      shortcuts: [
        { keys: [['?'], ['F1']], description: 'Show these keyboard shortcuts' },
        { keys: [[mod, 'Z']], description: 'Undo a deletion while its “Deleted” message is shown' },
        { keys: [['Esc']], description: 'Close a dialog or this help' },
        { keys: [['Tab'], ['Shift', 'Tab']], description: 'Move to the next or previous control' },
      ],
    },
    {
      title: 'Go to a screen',
      compact: true,
      shortcuts: NAV_ITEMS.map((item, i) => ({ keys: [['Alt', navShortcutDigit(i)]], description: item.label })),
    },
    {
      title: 'Projects',
      shortcuts: [
        { keys: [['/'], [mod, 'F']], description: 'Search projects' },
        { keys: [[mod, 'N']], description: 'New project' },
        { keys: [['↓']], description: 'From the search box: go to the project list' },
        { keys: [['Esc']], description: 'In the search box: clear the search' },
        { keys: [['↑'], ['↓']], description: 'In the project list: select the previous or next project' },
        { keys: [['Page Up'], ['Page Down']], description: 'In the project list: move a page up or down' },
        { keys: [['Home'], ['End']], description: 'In the project list: select the first or last project' },
        { keys: [['Enter']], description: 'In the project list: open the selected project' },
      ],
    },
    {
      title: 'Project editor',
      shortcuts: [
        { keys: [[mod, 'S']], description: 'Save the project' },
        { keys: [['Esc']], description: 'Close the editor without saving' },
        { keys: [['↑'], ['↓']], description: 'In Technologies: choose a suggestion' },
        { keys: [['Enter'], ['Tab']], description: 'In Technologies: add the chosen technology' },
        { keys: [['Backspace']], description: 'In an empty Technologies box: remove the last one' },
        { keys: [['Enter']], description: 'In Highlights or Results: add another line' },
        { keys: [['Backspace']], description: 'In an empty Highlights or Results line: remove it' },
      ],
    },
    {
      title: 'Dashboard and Gaps',
      shortcuts: [{ keys: [['←'], ['→']], description: 'In the role chooser: pick the previous or next role' }],
    },
    {
      title: 'Review',
      shortcuts: [
        { keys: [['J'], ['K'], ['↓'], ['↑']], description: 'Go to the next or previous suggestion' },
        { keys: [['A']], description: 'Accept the suggestion' },
        { keys: [['R']], description: 'Reject the suggestion' },
        { keys: [['U'], [mod, 'Z']], description: 'Undo the last decision' },
      ],
    },
  ];
}
