/** One line saying whose name heads the export, with the way to the Profile & experience screen where it is edited. */
import { useQuery } from '../../stores/query-store';
import { useUiStore } from '../../stores/ui-store';

export function ProfileSummary() {
  // A profile that cannot be read shows no summary; the preview says what went wrong.
  const profile = useQuery('profile:get', {});
  const go = useUiStore((s) => s.go);

  const who = profile ? [profile.name, profile.headline].map((s) => s.trim()).filter(Boolean).join(' · ') : '';
  return (
    <p className="small profile-summary">
      <span className="muted">At the top: </span>
      <span dir="auto">{profile ? who || 'no name yet' : '…'}</span>{' '}
      <button type="button" className="link-inline" onClick={() => go('resume')}>
        Edit the profile
      </button>
    </p>
  );
}
