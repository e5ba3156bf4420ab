import type { AppCore } from '../core/app-context';
import type { Io } from './io';

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  description: string;
}

export interface CommandContext {
  core: AppCore | null;
  dbPath: string;
  io: Io;
  values: Record<string, unknown>;
  positionals: string[];
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** Positional arguments allowed (default none). */
  positionals?: { min: number; max: number; names: string };
  /** Opens the database before running. */
  needsDb: boolean;
  /** A database this run creates is removed again unless the command succeeds for real (not --dry-run). */
  onlyCreatesOnSuccess?: boolean;
  /** Refuses bad options before the database is opened, so a refused run creates nothing. */
  check?(values: Record<string, unknown>): void;
  run(ctx: CommandContext): void | Promise<void>;
}
