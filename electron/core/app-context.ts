import { closeDatabase, damageOf, openDatabase, type Db } from './db/connection';
import { createGitHubJobs, type GitHubJobs } from './github/background-jobs';
import { createExportService, type ExportService } from './export/export-service';
import { createGitHubStore } from './github/repository-store';
import { refreshDocRatings } from './github/doc-ratings';
import { createPortfolioService, systemClock, type Clock, type PortfolioService } from './portfolio-service';
import { createGapsService, type GapsService } from './gaps-service';
import { createReviewService, type ReviewService } from './review-service';
import { createImportService, type ImportService } from './import/import-service';
import { createBackupService, type BackupService } from './backup/backup-service';
import { createGitHubService, type GitHubService } from './github/github-service';
import { createMemoryTokenStore, type SecureTokenStore } from './github/token-store';
import type { GitHubClientOptions } from './github/client';
import { createResumeService, type ResumeService } from './resume/resume-service';
import { createProfileReadmeService, type ProfileReadmeService } from './github/profile-readme';
import { databaseFiles, type ProtectedFile } from './files/output-file';
import { removeStaleScratch } from './files/scratch';
import { createEventBus, type EventBus } from './events';
import { watchExternalWrites, type ExternalWrites } from './external-writes';

export const APP_VERSION = '0.1.0';

export interface AppCore {
  db: Db;
  dbPath: string;
  /** Set when the database is damaged: it was opened read-only, and this says what is wrong. */
  damage: string | null;
  portfolio: PortfolioService;
  gaps: GapsService;
  /** Detected suggestions waiting for the user's word, across projects and repositories. */
  review: ReviewService;
  imports: ImportService;
  backups: BackupService;
  /** GitHub accounts, sync, synced repositories and project links (see github/github-service.ts). */
  github: GitHubService;
  githubJobs: GitHubJobs;
  exports: ExportService;
  /** The resume beside the portfolio: basics, experience, education, skills… */
  resume: ResumeService;
  /** The profile README, published to the account's login/login repository. */
  readme: ProfileReadmeService;
  /** What the core announces: sync progress, sign-in states, the tables a write changed. */
  events: EventBus;
  /** Notices writes made by another connection (the CLI) and announces them as `data:changed`. */
  externalWrites: ExternalWrites;
  /** Files an export or backup may never replace: the database and its companion files. */
  protectedFiles: readonly ProtectedFile[];
  close(): void;
}

export interface CoreOptions {
  /** Where tokens live: safeStorage in the app; in memory (this process only) by default. */
  tokens?: SecureTokenStore;
  /** GitHub client tuning: tests shorten retry waits, the benchmark passes its own settings. */
  githubClient?: Partial<GitHubClientOptions>;
  /** How often (ms) to look for writes made by another connection; none: only when asked. */
  watchExternalWritesMs?: number;
}

/** Opens the database and builds every service on it: the one wiring the app and CLI share. */
export function openCore(dbPath: string, clock?: Clock, options: CoreOptions = {}): AppCore {
  // Scratch copies left by a restore (or a damaged-database copy) that was killed mid-way.
  removeStaleScratch();
  const db = openDatabase(dbPath);
  const events = createEventBus();
  // Ratings redone at open are a write like any other (no window listens yet, a later core might).
  if (refreshDocRatings(db) > 0) events.emit('data:changed', { tables: ['repositories'] });
  const portfolio = createPortfolioService({ db, clock });
  const repositories = createGitHubStore(db);
  const gaps = createGapsService({ db, portfolio, clock: clock ?? systemClock, repoDocs: () => repositories.docInfos() });
  const backups = createBackupService({ db, clock: clock ?? systemClock, appVersion: APP_VERSION });
  const imports = createImportService({ db, portfolio, backups });
  const protectedFiles = databaseFiles(dbPath);
  const tokens = options.tokens ?? createMemoryTokenStore();
  const github = createGitHubService({ db, portfolio, tokens, clock: clock ?? systemClock, clientOptions: options.githubClient });
  const exports = createExportService({ db, portfolio, targets: gaps, clock: clock ?? systemClock, protectedFiles });
  const externalWrites = watchExternalWrites(db, events, { intervalMs: options.watchExternalWritesMs });
  return {
    db,
    dbPath,
    damage: damageOf(db),
    portfolio,
    gaps,
    review: createReviewService({ db, portfolio }),
    imports,
    backups,
    github,
    githubJobs: createGitHubJobs(github, { db, portfolio, gaps, events }),
    exports,
    resume: createResumeService({ db }),
    readme: createProfileReadmeService({ store: repositories, tokens, exports, clientOptions: options.githubClient }),
    protectedFiles,
    events,
    externalWrites,
    close: () => {
      externalWrites.stop();
      closeDatabase(db);
    },
  };
}

/** Where the database lives: SHOWCASE_DB wins over the platform default the caller passes. */
export function resolveDbPath(defaultPath: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.SHOWCASE_DB && env.SHOWCASE_DB.trim() ? env.SHOWCASE_DB : defaultPath;
}
