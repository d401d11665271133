import { pipeline, Transform, type Readable } from 'node:stream';
import { Router } from 'express';
import { ErrorCode } from '@sift/shared';
import { ApiError } from '../http/api-error';
import type { ImportService } from './import-service';
import { utf8Guard } from '../auth/strict-utf8';
import { csvRows, formatFromContentType, jsonRows, ndjsonRows } from './row-streams';

const ARTICLE_TEXT_LIMIT = 10 * 1024 * 1024;

/** Passes bytes through and fails with 413 once more than `limit` have gone by. */
function byteLimit(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > limit) done(new ApiError(413, ErrorCode.payloadTooLarge, `import is larger than ${limit} bytes`));
      else done(null, chunk);
    },
  });
}

async function readText(stream: Readable, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream.pipe(byteLimit(limit))) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD'))) {
    throw new ApiError(400, ErrorCode.validation, 'the file is not valid UTF-8');
  }
  return text;
}

export function importRouter(deps: { imports: ImportService; importLimit: number }): Router {
  const router = Router();
  router.post('/import', async (req, res) => {
    const format = formatFromContentType(req.headers['content-type']);
    if (!format) {
      throw new ApiError(415, ErrorCode.unsupportedMediaType, 'send text/plain (article), text/csv, application/json or application/x-ndjson');
    }
    let summary;
    if (format === 'article') {
      summary = await deps.imports.importArticleText(await readText(req, Math.min(ARTICLE_TEXT_LIMIT, deps.importLimit)));
    } else {
      // Errors of the limiter surface through the row iterator.
      const body = pipeline(req, byteLimit(deps.importLimit), utf8Guard(), () => undefined);
      const rows = format === 'csv' ? csvRows(body) : format === 'json' ? jsonRows(body) : ndjsonRows(body);
      try {
        summary = await deps.imports.importRows(rows);
      } catch (err) {
        if (err instanceof ApiError) throw err;
        throw new ApiError(400, ErrorCode.importFailed, `could not read the ${format} file: ${(err as Error).message.slice(0, 200)}`);
      }
    }
    res.status(summary.commentsCreated > 0 || summary.articlesCreated > 0 ? 201 : 200).json(summary);
  });
  return router;
}
