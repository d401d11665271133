// Machine-readable error codes: the only values `error.code` may take in an
// API error body `{ error: { code, message, details? } }`.
export const ErrorCode = {
  validation: 'validation_failed',
  invalidJson: 'invalid_json',
  unsupportedMediaType: 'unsupported_media_type',
  payloadTooLarge: 'payload_too_large',
  notFound: 'not_found',
  articleNotFound: 'article_not_found',
  parentNotFound: 'parent_not_found',
  conflict: 'version_conflict',
  alreadyExists: 'already_exists',
  cannotRemoveSelf: 'cannot_remove_self',
  batchTooLarge: 'batch_too_large',
  importFailed: 'import_failed',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  csrf: 'csrf_rejected',
  rateLimited: 'rate_limited',
  invalidCredentials: 'invalid_credentials',
  nothingToUndo: 'nothing_to_undo',
  invalidCursor: 'invalid_cursor',
  jobRunning: 'job_running',
  internal: 'internal_error',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details?: unknown;
    requestId?: string;
  };
}

/** One field problem in a `validation_failed` error's details. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}
