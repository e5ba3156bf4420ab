/**
 * Technology and project-kind detection, from a repository snapshot. The readers and rules live
 * in shared/detection/; this is what the rest of the app uses.
 */
export { detectRepository, matchDependency, dependencyTech, type Detection } from './detection/detect';
export { manifestKind, solutionProjects, type Dependency, type ParsedManifest } from './detection/manifests';
export { readmeMentions, isGuarded } from './detection/readme';
export { techStrength } from './detection/model';
export type { Ecosystem } from './detection/model';
