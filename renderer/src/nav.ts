/**
 * The sidebar is built from this list. To add a screen (Dashboard, Gaps, Skills, Target,
 * Repositories, Accounts, Export…), add its id here and an entry in `screens/index.ts`.
 */
export const SCREEN_IDS = ['dashboard', 'projects', 'resume', 'gaps', 'skills', 'target', 'repositories', 'accounts', 'export', 'review'] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export interface NavItem {
  id: ScreenId;
  label: string;
  /** A short glyph shown before the label; decorative. */
  icon: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'dashboard', label: 'Dashboard', icon: '◔' },
  { id: 'projects', label: 'Projects', icon: '▦' },
  { id: 'resume', label: 'Profile & experience', icon: '☰' },
  { id: 'gaps', label: 'Gaps', icon: '◇' },
  { id: 'skills', label: 'Skills', icon: '▤' },
  { id: 'target', label: 'Target', icon: '◎' },
  { id: 'repositories', label: 'Repositories', icon: '▣' },
  { id: 'accounts', label: 'Accounts', icon: '◉' },
  { id: 'export', label: 'Export', icon: '⇪' },
  { id: 'review', label: 'Review', icon: '✓' },
];

export function isScreenId(value: unknown): value is ScreenId {
  return typeof value === 'string' && (SCREEN_IDS as readonly string[]).includes(value);
}
