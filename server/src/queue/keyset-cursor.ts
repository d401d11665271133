import { ErrorCode } from '@sift/shared';
import { ApiError } from '../http/api-error';

// Cursors are opaque to clients: base64url of a JSON array that starts with
// a tag (which list and order it belongs to) followed by the keyset values of
// the last row seen. A cursor from another list or order is refused.

export function encodeCursor(tag: string, values: number[]): string {
  return Buffer.from(JSON.stringify([tag, ...values]), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor(tag, ...)` with `arity` finite numbers; 400 `invalid_cursor` otherwise. */
export function decodeCursor(cursor: string, tag: string, arity: number): number[] {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== arity + 1 || parsed[0] !== tag) throw invalid();
  const values = parsed.slice(1) as unknown[];
  if (!values.every((v): v is number => typeof v === 'number' && Number.isFinite(v))) throw invalid();
  return values;
}

function invalid(): ApiError {
  return new ApiError(400, ErrorCode.invalidCursor, 'the cursor is not valid for this list; start again without a cursor');
}
