import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { createCoreHandlers, dispatch } from '../../electron/core/ipc-handlers';
import { summarizeReport, worstFirst, type GapReport, type GapSummary, type RepositoryDocs } from '../../shared/gaps';
import type { IpcHandlers } from '../../shared/ipc-contract';
import { cancelledDialogs } from '../support/dialogs';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

const repo = (n: number, docStatus: RepositoryDocs['docStatus']): RepositoryDocs => ({ url: `https://github.com/octo/r${n}`, projectId: `p${n}`, project: `P${n}`, docStatus, reasons: [] });

describe('what crosses IPC of the linked repositories', () => {
  it('the summary lists those that need work first, only the head of them, and counts them all', () => {
    const states: Array<RepositoryDocs['docStatus']> = ['good', null, 'basic', 'missing', 'good', 'stub', 'basic', 'good', null, 'stub', 'good'];
    const report = { role: 'backend', score: 0, areas: [], rules: [], repositories: states.map((s, i) => repo(i, s)) } as GapReport;
    const summary = summarizeReport(report, 4);
    expect(summary.repositories.map((r) => r.url.slice(-3))).toEqual(['/r3', '/r5', '/r9', '/r2']);
    expect(summary.repositoryCounts).toEqual({ total: 11, synced: 9, good: 4 });
    // The whole list in the same order: within a state, the report's order.
    expect(worstFirst(report.repositories).map((r) => r.docStatus)).toEqual(['missing', 'stub', 'stub', 'basic', 'basic', null, null, 'good', 'good', 'good', 'good']);
    // The report itself is left as it was (the service keeps it).
    expect(report.repositories[0].docStatus).toBe('good');
  });

  it('gaps:analyze carries the first eight repositories, gaps:repositories all of them, both fresh after a write', async () => {
    const core = openCore(join(tempDir(), 'showcase.db'));
    const handlers: IpcHandlers = { ...createCoreHandlers(core, cancelledDialogs), 'shell:open-external': async () => undefined };
    try {
      for (let i = 0; i < 12; i++) core.portfolio.create({ title: `Service ${i}`, links: [{ type: 'repository', url: `https://github.com/octo/service-${i}` }] });
      const analyzed = await dispatch(handlers, 'gaps:analyze', { role: 'backend' });
      if (!analyzed.ok) throw new Error(analyzed.error.message);
      const summary = analyzed.value as GapSummary;
      expect(summary.repositories).toHaveLength(8);
      expect(summary.repositoryCounts).toEqual({ total: 12, synced: 0, good: 0 });
      const all = await dispatch(handlers, 'gaps:repositories', {});
      if (!all.ok) throw new Error(all.error.message);
      expect((all.value as RepositoryDocs[]).map((r) => r.url)).toEqual(Array.from({ length: 12 }, (_, i) => `https://github.com/octo/service-${i}`).sort((a, b) => (a < b ? -1 : 1)));
      await dispatch(handlers, 'projects:create', { project: { title: 'Service 12', links: [{ type: 'repository', url: 'https://github.com/octo/service-12' }] } });
      const again = await dispatch(handlers, 'gaps:analyze', { role: 'backend' });
      expect(again.ok && (again.value as GapSummary).repositoryCounts.total).toBe(13);
      const allAgain = await dispatch(handlers, 'gaps:repositories', {});
      expect(allAgain.ok && (allAgain.value as RepositoryDocs[]).length).toBe(13);
    } finally {
      core.close();
    }
  });
});
