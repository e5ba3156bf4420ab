/** App-wide UI state: the current screen, the error banner and toasts. */
import { create } from 'zustand';
import { isScreenId, type ScreenId } from '../nav';

const SCREEN_KEY = 'showcase.screen';

/** The screen shown before this reload, if any: a reload keeps the user where they were. */
function storedScreen(): ScreenId | null {
  try {
    const value = window.sessionStorage.getItem(SCREEN_KEY);
    return isScreenId(value) ? value : null;
  } catch {
    return null;
  }
}

function storeScreen(screen: ScreenId): void {
  try {
    window.sessionStorage.setItem(SCREEN_KEY, screen);
  } catch {
    // Storage can be unavailable; the screen is then simply not remembered.
  }
}

const initialScreen = storedScreen();

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
  /** The toast's action also answers Ctrl/Cmd+Z while it is shown. */
  undo?: boolean;
  /** Shown next to the toasts already there (a summary per account) instead of replacing them. */
  stack?: boolean;
}

interface UiState {
  screen: ScreenId;
  /**
   * False until the first screen is chosen: a fresh start opens the Dashboard when the
   * portfolio has projects and the Projects screen (its empty state) when it has none.
   */
  screenReady: boolean;
  banner: string | null;
  toasts: Toast[];
  /** The keyboard shortcuts help is open. */
  shortcutsOpen: boolean;
  setShortcutsOpen(open: boolean): void;
  go(screen: ScreenId): void;
  /** The first screen chosen by the app, not the user: not remembered across reloads. */
  start(screen: ScreenId): void;
  showError(message: string): void;
  dismissBanner(): void;
  toast(toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone']; timeoutMs?: number }): number;
  dismissToast(id: number): void;
}

let nextToastId = 1;

export const useUiStore = create<UiState>((set, get) => ({
  screen: initialScreen ?? 'projects',
  screenReady: initialScreen !== null,
  banner: null,
  toasts: [],
  shortcutsOpen: false,
  setShortcutsOpen: (open) => set({ shortcutsOpen: open }),
  go: (screen) => {
    storeScreen(screen);
    // A banner speaks of what just failed where the user was; it does not follow them elsewhere.
    set((s) => ({ screen, screenReady: true, banner: s.screen === screen ? s.banner : null }));
  },
  start: (screen) => set({ screen, screenReady: true }),
  showError: (message) => set({ banner: message }),
  dismissBanner: () => set({ banner: null }),
  toast: ({ timeoutMs = 8000, tone = 'info', ...rest }) => {
    const id = nextToastId++;
    // A later success makes an earlier failure banner stale.
    if (tone === 'info') set({ banner: null });
    // Only one undo is possible at a time (the core restores the last deletion), so a new
    // toast replaces any older one.
    set((s) => ({ toasts: rest.stack ? [...s.toasts.filter((t) => t.stack), { id, tone, ...rest }].slice(-4) : [{ id, tone, ...rest }] }));
    window.setTimeout(() => get().dismissToast(id), timeoutMs);
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
