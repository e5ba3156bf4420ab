import { useUiStore } from '../stores/ui-store';

export function ErrorBanner() {
  const banner = useUiStore((s) => s.banner);
  const dismiss = useUiStore((s) => s.dismissBanner);
  if (!banner) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span className="banner-text" dir="auto">{banner}</span>
      <button type="button" className="btn btn-ghost btn-small" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
