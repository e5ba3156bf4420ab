import { useEffect } from 'react';
import { NAV_ITEMS } from './nav';
import { SCREENS } from './screens';
import { useUiStore } from './stores/ui-store';
import { ErrorBanner } from './components/error-banner';
import { Toasts } from './components/toasts';
import { isEditableTarget, isMod } from './lib/keys';
import { errorMessage } from './api-errors';
import { fetchQuery } from './stores/query-store';
import { SidebarSync } from './components/sync-progress';
import { useGitHubStore } from './stores/github-store';
import { ShortcutsDialog } from './components/shortcuts-dialog';
import { navShortcutDigit, navShortcutTarget } from './lib/shortcuts';

export function App() {
  const screen = useUiStore((s) => s.screen);
  const go = useUiStore((s) => s.go);
  const screenReady = useUiStore((s) => s.screenReady);
  const Screen = SCREENS[screen];

  // First start: the Dashboard when there is something to analyse, else the Projects empty state.
  useEffect(() => {
    if (useUiStore.getState().screenReady) return;
    let cancelled = false;
    // Through the query store: the Dashboard's project count, asked for at the same start, shares this read.
    fetchQuery('app:info', {})
      .then((info) => {
        if (!cancelled && !useUiStore.getState().screenReady) useUiStore.getState().start(info.projectCount > 0 ? 'dashboard' : 'projects');
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        useUiStore.getState().start('projects');
        useUiStore.getState().showError(`Could not open Showcase: ${errorMessage(error)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [go]);

  // A sync started before a reload keeps running in main: follow it again.
  useEffect(() => {
    void useGitHubStore.getState().resume();
  }, []);

  // Ctrl/Cmd+Z answers the undo toast, unless the user is undoing typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isMod(e) || e.key.toLowerCase() !== 'z' || e.shiftKey || isEditableTarget(e.target)) return;
      const toast = useUiStore.getState().toasts.find((t) => t.undo && t.action);
      if (!toast?.action) return;
      e.preventDefault();
      useUiStore.getState().dismissToast(toast.id);
      void toast.action.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // `?` (outside text fields) and F1 open the shortcuts help; Alt+1…Alt+9 go to the screens in
  // sidebar order. None of them acts while a dialog is open.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const target = navShortcutTarget(e);
      if (target) {
        e.preventDefault();
        useUiStore.getState().go(target);
        // Keep focus somewhere sensible when the focused control went away with the old screen.
        window.requestAnimationFrame(() => {
          const active = document.activeElement;
          if (!active || active === document.body || !active.isConnected) {
            document.querySelector<HTMLElement>('.nav-item[aria-current="page"]')?.focus();
          }
        });
        return;
      }
      const help = e.key === 'F1' || (e.key === '?' && !isMod(e) && !e.altKey && !isEditableTarget(e.target));
      if (help) {
        e.preventDefault();
        useUiStore.getState().setShortcutsOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="app">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">S</span>
          <span className="brand-name">Showcase</span>
        </div>
        <nav aria-label="Main">
          <ul className="nav-list">
            {NAV_ITEMS.map((item, i) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="nav-item"
                  title={`${item.label} (Alt+${navShortcutDigit(i)})`}
                  aria-keyshortcuts={`Alt+${navShortcutDigit(i)}`}
                  aria-current={screenReady && item.id === screen ? 'page' : undefined}
                  onClick={() => go(item.id)}
                >
                  <span className="nav-icon" aria-hidden="true">{item.icon}</span>
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <SidebarSync />
        <div className="sidebar-bottom">
          <button
            type="button"
            className="shortcuts-btn"
            aria-haspopup="dialog"
            aria-keyshortcuts="Shift+? F1"
            onClick={() => useUiStore.getState().setShortcutsOpen(true)}
          >
            <span>Keyboard shortcuts</span>
            <kbd aria-hidden="true">?</kbd>
          </button>
          <p className="sidebar-foot">Offline · your data stays on this computer</p>
        </div>
      </aside>
      <main className="main">
        <ErrorBanner />
        {screenReady && <Screen />}
      </main>
      <Toasts />
      <ShortcutsDialog />
    </div>
  );
}
