/**
 * The typed error every failed call becomes, and a readable message for any thrown value. Apart
 * from the API client so screens can tell errors apart without importing the client itself.
 */
import type { AppErrorCode, AppErrorData } from '../../shared/types';

export interface FieldIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly code: AppErrorCode;
  readonly issues: FieldIssue[];

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.issues = data.issues ?? [];
  }
}

/** A readable message for any thrown value, for banners and toasts. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}
