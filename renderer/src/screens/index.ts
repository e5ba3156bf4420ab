/** Screen components by nav id; `nav.ts` holds the labels and the order. */
import type { ComponentType } from 'react';
import type { ScreenId } from '../nav';
import { ProjectsScreen } from './projects-screen';

export const SCREENS: Record<ScreenId, ComponentType> = {
  projects: ProjectsScreen,
};
