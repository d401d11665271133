import { ErrorCode, type FieldIssue } from '@sift/shared';
import type { ZodError } from 'zod';

/** An error that maps to an HTTP answer with the shared error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  static notFound(what: string): ApiError {
    return new ApiError(404, ErrorCode.notFound, `${what} not found`);
  }

  static fromZod(error: ZodError, prefix: (string | number)[] = []): ApiError {
    const issues: FieldIssue[] = error.issues.map((i) => ({
      path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: i.message,
    }));
    const first = issues[0];
    const where = first && first.path.length ? ` at ${first.path.join('.')}` : '';
    return new ApiError(400, ErrorCode.validation, `invalid input${where}: ${first?.message ?? 'unknown problem'}`, { issues });
  }
}
