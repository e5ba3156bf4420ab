/** App-wide UI state: the current screen, the error banner and toasts. */
import { create } from 'zustand';
import type { ScreenId } from '../nav';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
  /** The toast's action also answers Ctrl/Cmd+Z while it is shown. */
  undo?: boolean;
}

interface UiState {
  screen: ScreenId;
  banner: string | null;
  toasts: Toast[];
  go(screen: ScreenId): void;
  showError(message: string): void;
  dismissBanner(): void;
  toast(toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone']; timeoutMs?: number }): number;
  dismissToast(id: number): void;
}

let nextToastId = 1;

export const useUiStore = create<UiState>((set, get) => ({
  screen: 'projects',
  banner: null,
  toasts: [],
  go: (screen) => set({ screen }),
  showError: (message) => set({ banner: message }),
  dismissBanner: () => set({ banner: null }),
  toast: ({ timeoutMs = 8000, tone = 'info', ...rest }) => {
    const id = nextToastId++;
    // Only one undo is possible at a time (the core restores the last deletion), so a new
    // toast replaces any older one.
    set({ toasts: [{ id, tone, ...rest }] });
    window.setTimeout(() => get().dismissToast(id), timeoutMs);
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
