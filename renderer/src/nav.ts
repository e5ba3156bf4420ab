/**
 * The sidebar is built from this list. To add a screen (Dashboard, Gaps, Skills, Target,
 * Repositories, Accounts, Export…), add its id here and an entry in `screens/index.ts`.
 */
export const SCREEN_IDS = ['projects'] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export interface NavItem {
  id: ScreenId;
  label: string;
  /** A short glyph shown before the label; decorative. */
  icon: string;
}

export const NAV_ITEMS: readonly NavItem[] = [{ id: 'projects', label: 'Projects', icon: '▦' }];
