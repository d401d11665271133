import { Transform } from 'node:stream';
import { ErrorCode } from '@sift/shared';
import { ApiError } from '../http/api-error';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * `verify` hook for express.json: the JSON parser decodes invalid UTF-8
 * leniently (to U+FFFD), which would silently store text the sender never
 * wrote. JSON text must be UTF-8 (RFC 8259), so such a body is invalid JSON:
 * the error carries body-parser's parse-failure type and the error
 * middleware answers 400 invalid_json.
 */
export function verifyUtf8(_req: unknown, _res: unknown, buf: Buffer): void {
  try {
    decoder.decode(buf);
  } catch {
    throw Object.assign(new Error('request body is not valid UTF-8'), { type: 'entity.parse.failed' });
  }
}

/**
 * For streamed bodies (imports): passes bytes through and fails with 400 at
 * the first byte sequence that is not UTF-8, before any row is stored.
 */
export function utf8Guard(): Transform {
  const streaming = new TextDecoder('utf-8', { fatal: true });
  const fail = () => new ApiError(400, ErrorCode.validation, 'the file is not valid UTF-8');
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        streaming.decode(chunk, { stream: true });
      } catch {
        done(fail());
        return;
      }
      done(null, chunk);
    },
    flush(done) {
      try {
        streaming.decode();
      } catch {
        done(fail());
        return;
      }
      done();
    },
  });
}
