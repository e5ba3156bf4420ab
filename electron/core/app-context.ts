import { openDatabase, type Db } from './db/connection';
import { createPortfolioService, type Clock, type PortfolioService } from './portfolio-service';

export const APP_VERSION = '0.1.0';

export interface AppCore {
  db: Db;
  dbPath: string;
  portfolio: PortfolioService;
  close(): void;
}

/** Opens the database and builds every service on it: the one wiring the app and CLI share. */
export function openCore(dbPath: string, clock?: Clock): AppCore {
  const db = openDatabase(dbPath);
  const portfolio = createPortfolioService({ db, clock });
  return {
    db,
    dbPath,
    portfolio,
    close: () => db.close(),
  };
}

/** Where the database lives: SHOWCASE_DB wins over the platform default the caller passes. */
export function resolveDbPath(defaultPath: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.SHOWCASE_DB && env.SHOWCASE_DB.trim() ? env.SHOWCASE_DB : defaultPath;
}
