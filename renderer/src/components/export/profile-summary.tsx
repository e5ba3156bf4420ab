/** One line saying whose name heads the export, with the way to the Profile & experience screen where it is edited. */
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useProjectsStore } from '../../stores/projects-store';
import { useUiStore } from '../../stores/ui-store';
import type { ProfileInfo } from '../../../../shared/export-types';

export function ProfileSummary() {
  const [profile, setProfile] = useState<ProfileInfo | null>(null);
  const revision = useProjectsStore((s) => s.revision);
  const go = useUiStore((s) => s.go);

  useEffect(() => {
    // A profile that cannot be read shows no summary; the preview says what went wrong.
    api.getProfile().then(setProfile, () => setProfile(null));
  }, [revision]);

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
