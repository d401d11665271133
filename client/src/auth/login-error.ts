import { ApiError, errorMessage } from '../api/api-fetch';

/** Seconds to wait after a 429, from Retry-After (or the error's details). */
export function loginRetryAfter(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || error.status !== 429) return undefined;
  const fromDetails = (error.details as { retryAfter?: unknown } | undefined)?.retryAfter;
  return error.retryAfter ?? (typeof fromDetails === 'number' ? fromDetails : undefined);
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * What a failed sign-in tells the person. A 401 never says which of the two
 * was wrong (the server does not either); a 429 says how long to wait.
 */
export function explainLoginError(error: unknown, secondsLeft?: number): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Wrong username or password.';
    if (error.status === 429) {
      const wait = secondsLeft ?? loginRetryAfter(error);
      return wait && wait > 0
        ? `Too many failed attempts. Try again in ${duration(wait)}.`
        : 'Too many failed attempts. You can try again now.';
    }
    if (error.status === 0) return errorMessage(error);
    return `Could not sign in: ${errorMessage(error)}`;
  }
  return `Could not sign in: ${errorMessage(error)}`;
}
