import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes garbage over the page of one index (the table data stays readable), the way a failing
 * disk or a bad copy damages a file: PRAGMA integrity_check and quick_check then fail.
 */
export function damageIndexPage(path: string, index = 'projects_updated'): Buffer {
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?").get(index) as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(path);
  const start = (rootpage - 1) * pageSize;
  // Keep the page header so SQLite still reads the page as an index page.
  for (let i = start + 8; i < start + pageSize; i++) bytes[i] = (i * 7) & 0xff;
  writeFileSync(path, bytes);
  return bytes;
}
