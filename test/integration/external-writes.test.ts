/** Writes made by another connection (the CLI on the same database) reach the windows as data:changed. */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { DATA_TABLES, type IpcEvents } from '../../shared/ipc-contract';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const opened: AppCore[] = [];
const open = (path: string, watchExternalWritesMs?: number) => {
  const core = openCore(path, undefined, { watchExternalWritesMs });
  opened.push(core);
  return core;
};
const changes = (core: AppCore) => {
  const heard: Array<IpcEvents['data:changed']> = [];
  core.events.listen((event, payload) => {
    if (event === 'data:changed') heard.push(payload as IpcEvents['data:changed']);
  });
  return heard;
};

afterEach(() => {
  vi.useRealTimers();
  while (opened.length) opened.pop()!.close();
});

describe('writes made outside this process', () => {
  it('another connection’s write is announced once, for every table', () => {
    const path = join(tempDir(), 'showcase.db');
    const app = open(path);
    const heard = changes(app);
    const cli = open(path);
    cli.portfolio.create({ title: 'Written by the CLI' });
    expect(app.externalWrites.check()).toBe(true);
    expect(heard).toEqual([{ tables: [...DATA_TABLES] }]);
    expect(app.externalWrites.check()).toBe(false);
    expect(heard).toHaveLength(1);
    expect(app.portfolio.list().projects.map((p) => p.title)).toContain('Written by the CLI');
  });

  it('nothing is announced when nothing changed, nor for this connection’s own writes (those announce their tables)', () => {
    const path = join(tempDir(), 'showcase.db');
    const app = open(path);
    const heard = changes(app);
    expect(app.externalWrites.check()).toBe(false);
    app.portfolio.create({ title: 'Written here' });
    expect(app.externalWrites.check()).toBe(false);
    expect(heard).toEqual([]);
  });

  it('the timer finds the write by itself, and is stopped when the core closes', () => {
    vi.useFakeTimers();
    const path = join(tempDir(), 'showcase.db');
    const app = open(path, 1000);
    const heard = changes(app);
    const cli = open(path);
    cli.portfolio.create({ title: 'First' });
    vi.advanceTimersByTime(999);
    expect(heard).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(heard).toEqual([{ tables: [...DATA_TABLES] }]);
    vi.advanceTimersByTime(5000);
    expect(heard).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
    app.close();
    opened.splice(opened.indexOf(app), 1);
    expect(vi.getTimerCount()).toBe(0);
    cli.portfolio.create({ title: 'Second' });
    vi.advanceTimersByTime(5000);
    expect(heard).toHaveLength(1);
  });
});
