/** Screen components by nav id; `nav.ts` holds the labels and the order. */
import type { ComponentType } from 'react';
import type { ScreenId } from '../nav';
import { DashboardScreen } from './dashboard-screen';
import { GapsScreen } from './gaps-screen';
import { ProjectsScreen } from './projects-screen';
import { SkillsScreen } from './skills-screen';
import { TargetScreen } from './target-screen';
import { RepositoriesScreen } from './repositories-screen';
import { AccountsScreen } from './accounts-screen';
import { ExportScreen } from './export-screen';
import { ResumeScreen } from './resume-screen';
import { ReviewScreen } from './review-screen';

export const SCREENS: Record<ScreenId, ComponentType> = {
  dashboard: DashboardScreen,
  projects: ProjectsScreen,
  resume: ResumeScreen,
  gaps: GapsScreen,
  skills: SkillsScreen,
  target: TargetScreen,
  repositories: RepositoriesScreen,
  accounts: AccountsScreen,
  export: ExportScreen,
  review: ReviewScreen,
};
