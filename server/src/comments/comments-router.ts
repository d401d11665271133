import { Router } from 'express';
import { CommentBatchInput, CommentInput, ErrorCode, limits } from '@sift/shared';
import { ApiError } from '../http/api-error';
import { parseId, validate } from '../http/validate';
import type { Store } from '../store/store';
import type { IngestService } from './ingest-service';

export function commentsRouter(deps: { store: Store; ingest: IngestService }): Router {
  const router = Router();

  router.post('/comments', async (req, res) => {
    const body: unknown = req.body;
    if (body && typeof body === 'object' && 'comments' in body) {
      const raw = (body as { comments: unknown }).comments;
      if (Array.isArray(raw) && raw.length > limits.batch) {
        throw new ApiError(413, ErrorCode.batchTooLarge, `a batch holds at most ${limits.batch} comments`, {
          max: limits.batch,
          received: raw.length,
        });
      }
      const batch = validate(CommentBatchInput, body);
      const results = await deps.ingest.ingest(batch.comments);
      res.status(results.some((r) => r.created) ? 201 : 200).json({ results });
      return;
    }
    const input = validate(CommentInput, body);
    const [result] = await deps.ingest.ingest([input]);
    if (!result) throw new Error('ingest returned nothing');
    res.status(result.created ? 201 : 200).json(result.comment);
  });

  router.get('/comments/:id', async (req, res) => {
    const comment = await deps.store.getComment(parseId(req.params.id, 'comment'));
    if (!comment) throw ApiError.notFound('comment');
    res.json(comment);
  });

  return router;
}
