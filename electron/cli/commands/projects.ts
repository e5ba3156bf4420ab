import { KIND_LABELS } from '../../../shared/types';
import { classifyLink } from '../../../shared/links';
import type { CommandSpec } from '../command';
import { cell, printJson, UsageError } from '../io';

export const projectsCommand: CommandSpec = {
  name: 'projects',
  summary: 'List the projects in the portfolio',
  usage: 'showcase projects [--search TEXT] [--json]',
  options: {
    json: { type: 'boolean', description: 'Print machine-readable JSON' },
    search: { type: 'string', description: 'Only projects whose title, summary or tags contain TEXT' },
  },
  needsDb: true,
  run({ core, io, values }) {
    const { projects, total } = core!.portfolio.list({ search: values.search as string | undefined, sort: 'title' });
    if (values.json) {
      printJson(io, projects);
      return;
    }
    if (projects.length === 0) {
      io.out(total === 0 ? 'No projects yet. Add one with `showcase add --title "My API"`.' : 'No project matches.');
      return;
    }
    io.out(`${cell('TITLE', 32)}  ${cell('KINDS', 22)}  ${cell('SHOWN', 5)}  TAGS`);
    for (const p of projects) {
      const kinds = p.kinds.filter((k) => k.state !== 'rejected').map((k) => KIND_LABELS[k.kind]).join(', ');
      const tags = p.tags.filter((t) => t.state !== 'rejected').map((t) => t.name).join(', ');
      io.out(`${cell(p.title, 32)}  ${cell(kinds || '-', 22)}  ${cell(p.showcased ? 'yes' : 'no', 5)}  ${cell(tags || '-', 60).trimEnd()}`);
    }
    io.out(`${projects.length} project${projects.length === 1 ? '' : 's'}`);
  },
};

export const addCommand: CommandSpec = {
  name: 'add',
  summary: 'Add a project',
  usage: 'showcase add --title TITLE [--summary TEXT] [--kind KIND]... [--tag NAME]... [--url URL]... [--hidden] [--json]',
  options: {
    title: { type: 'string', description: 'Project title (required)' },
    summary: { type: 'string', description: 'One or two sentences on what it is' },
    kind: { type: 'string', multiple: true, description: 'crud, ecommerce, cms, microservices, api, cli, library or other' },
    tag: { type: 'string', multiple: true, description: 'A technology; aliases resolve (Postgres → PostgreSQL)' },
    url: { type: 'string', multiple: true, description: 'A repository (GitHub, GitLab, Bitbucket) or demo link' },
    hidden: { type: 'boolean', description: 'Keep it out of the showcased portfolio' },
    json: { type: 'boolean', description: 'Print the created project as JSON' },
  },
  needsDb: true,
  run({ core, io, values }) {
    if (typeof values.title !== 'string') throw new UsageError('add needs --title');
    const urls = (values.url as string[] | undefined) ?? [];
    const project = core!.portfolio.create({
      title: values.title,
      summary: (values.summary as string | undefined) ?? '',
      kinds: ((values.kind as string[] | undefined) ?? []) as never,
      tags: (values.tag as string[] | undefined) ?? [],
      links: urls.map((url) => ({ type: classifyLink(url), url })),
      showcased: !values.hidden,
    });
    if (values.json) printJson(io, project);
    else io.out(`Added "${project.title}" (${project.id})${project.tags.length ? ` with ${project.tags.map((t) => t.name).join(', ')}` : ''}`);
  },
};
