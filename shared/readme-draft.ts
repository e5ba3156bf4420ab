/**
 * A README draft for a repository rated below good: the sections its README lacks, written
 * only from what Showcase read at sync — the install and start commands its manifests show,
 * the ports its compose file publishes, the endpoints of its OpenAPI file, the detected stack,
 * its GitHub description and licence. What Showcase cannot know is left as a visible
 * `<!-- … -->` note for the user to fill, never made up. Pure.
 */
import { analyzeDocumentation } from './doc-status';
import type { DetectedTech, DocLevel, RepoSnapshot } from './github-types';
import { composePorts, runPlans, type RunPlan } from './run-commands';

export interface DraftInput {
  fullName: string;
  /** The repository's description on GitHub. */
  description: string | null;
  homepage: string | null;
  licence: string | null;
  languages: Array<{ name: string; bytes: number }>;
  technologies: DetectedTech[];
  snapshot: RepoSnapshot;
}

export type DraftSectionId = 'description' | 'install' | 'usage' | 'licence';

export interface DraftSection {
  id: DraftSectionId;
  markdown: string;
  /** Where each fact came from ("package.json has a start script", "openapi.yaml"). */
  sources: string[];
}

export interface ReadmeDraft {
  fullName: string;
  level: DocLevel;
  /** False when the README is already rated good: there is nothing to add. */
  needed: boolean;
  /** The whole README (when it has none) or the sections to add to it. */
  whole: boolean;
  sections: DraftSection[];
  markdown: string;
  /** A name to save it under. */
  fileName: string;
}

const TODO = (what: string) => `<!-- ${what} -->`;

/** "a, b and c" */
function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function descriptionSection(input: DraftInput): DraftSection {
  const lines: string[] = [];
  const sources: string[] = [];
  if (input.description) {
    lines.push(/[.!?]$/.test(input.description) ? input.description : `${input.description}.`);
    sources.push('the repository’s description on GitHub');
  } else {
    lines.push(TODO('Say in a sentence or two what it does and who it is for.'));
  }
  const languages = [...input.languages].sort((a, b) => b.bytes - a.bytes).slice(0, 3).map((l) => l.name).filter((n) => !/^(Dockerfile|Makefile|Shell|HTML|CSS|Batchfile|PowerShell|Procfile)$/.test(n));
  const techs = input.technologies.filter((t) => !languages.includes(t.name)).slice(0, 10).map((t) => t.name);
  if (languages.length || techs.length) {
    const parts = [languages.length ? `Written in ${listOf(languages)}.` : '', techs.length ? `Its files show ${listOf(techs)}.` : ''].filter(Boolean);
    lines.push('', parts.join(' '));
    sources.push('the languages GitHub reports and the technologies found in its files');
  }
  return { id: 'description', markdown: ['## About', '', ...lines].join('\n'), sources };
}

function commandBlock(plan: RunPlan): string[] {
  // Into the project's folder first, then its environment file, install, the rest of the set-up and start.
  const into = plan.install.filter((s) => s.command.startsWith('cd '));
  const install = plan.install.filter((s) => !s.command.startsWith('cd '));
  const steps = [...into, ...plan.prepare.filter((s) => s.command.startsWith('cp ')), ...install, ...plan.prepare.filter((s) => !s.command.startsWith('cp ')), ...plan.run];
  return ['```sh', ...steps.map((s) => s.command), '```'];
}

function installSection(input: DraftInput): DraftSection {
  const plans = runPlans(input.snapshot);
  const lines = ['## Getting started', ''];
  const sources: string[] = [];
  if (plans.length === 0) {
    lines.push(TODO('The commands that install and start it: Showcase found no manifest it knows at the root.'));
  } else {
    const [main, ...others] = plans;
    lines.push(`With ${main.stack}:`, '', ...commandBlock(main));
    sources.push(...[...main.prepare, ...main.install, ...main.run].map((s) => s.because));
    if (main.run.length === 0) lines.push('', TODO('The command that starts it.'));
    const shown = new Set(main.prepare.map((s) => s.command));
    for (const other of others.filter((p) => p.run.length > 0)) {
      // (The environment file the first block copies is not copied again.)
      lines.push('', `Or with ${other.stack}:`, '', ...commandBlock({ ...other, prepare: other.prepare.filter((s) => !shown.has(s.command)) }));
      sources.push(...other.run.map((s) => s.because));
    }
  }
  return { id: 'install', markdown: lines.join('\n'), sources: [...new Set(sources)] };
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function usageSection(input: DraftInput): DraftSection {
  const lines = ['## Usage', ''];
  const sources: string[] = [];
  const ports = composePorts(input.snapshot);
  const spec = input.snapshot.apiSpec ?? null;
  if (ports.length) {
    lines.push(`Once it is running, it answers on ${listOf(ports.map((p) => `http://localhost:${p}`))}.`, '');
    sources.push('the ports its compose file publishes');
  }
  if (spec && spec.endpoints.length) {
    const base = spec.baseUrl && spec.baseUrl !== '/' ? ` (under \`${spec.baseUrl}\`)` : '';
    lines.push(`Endpoints${base}, from [\`${spec.path}\`](${spec.path}):`, '', '| Method | Path | What it does |', '| --- | --- | --- |');
    for (const e of spec.endpoints) lines.push(`| ${e.method} | \`${escapeCell(e.path)}\` | ${e.summary ? escapeCell(e.summary) : ''} |`);
    if (spec.more > 0) lines.push('', `…and ${spec.more} more in \`${spec.path}\`.`);
    sources.push(spec.path);
  } else {
    lines.push(TODO('Show a request and its answer (for example with curl), or list the endpoints.'));
  }
  return { id: 'usage', markdown: lines.join('\n').trimEnd(), sources };
}

function licenceSection(input: DraftInput): DraftSection | null {
  if (!input.licence || input.licence === 'NOASSERTION') return null;
  const file = input.snapshot.rootEntries.find((e) => e.type === 'blob' && /^(LICEN[CS]E|COPYING)([.-][\w.-]*)?$/i.test(e.name));
  return {
    id: 'licence',
    markdown: ['## Licence', '', `${input.licence}${file ? `: see [${file.name}](${file.name})` : ''}.`].join('\n'),
    sources: ['the licence GitHub reports'],
  };
}

export function draftReadme(input: DraftInput): ReadmeDraft {
  const status = analyzeDocumentation(input.snapshot);
  const name = input.fullName.split('/').pop() ?? input.fullName;
  const base = { fullName: input.fullName, level: status.level, fileName: 'README.md' };
  if (status.level === 'good') return { ...base, needed: false, whole: false, sections: [], markdown: '' };
  // A generator's default README is replaced, not added to.
  const whole = status.level === 'missing' || input.snapshot.readmeUnreadable === true || !status.signals || !!status.defaultReadme;
  const signals = status.signals;
  const sections: DraftSection[] = [];
  if (whole || !signals?.description) sections.push(descriptionSection(input));
  // (Also when its commands install what it needs but none starts it.)
  if (whole || !signals?.install || status.startMissing) sections.push(installSection(input));
  if (whole || !signals?.usage) sections.push(usageSection(input));
  const mentionsLicence = /\blicen[cs]e\b/i.test(input.snapshot.readme ?? '');
  const licence = whole || !mentionsLicence ? licenceSection(input) : null;
  if (licence) sections.push(licence);
  // A rated README that has every section but is short: say what would lengthen it.
  if (!whole && sections.length === 0) {
    sections.push({ id: 'description', markdown: ['## How it is built', '', TODO('A few sentences on how it is built, what it stores and the choices you made.')].join('\n'), sources: [] });
  }
  const parts = sections.map((s) => s.markdown);
  const markdown = `${whole ? `# ${name}\n\n` : ''}${parts.join('\n\n')}\n`;
  return { ...base, needed: true, whole, sections, markdown, fileName: whole ? 'README.md' : 'README-draft.md' };
}
