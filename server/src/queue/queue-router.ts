import { Router } from 'express';
import { CommentFilters, QueueQuery } from '@sift/shared';
import { validate } from '../http/validate';
import type { QueueService } from './queue-service';

export function queueRouter(deps: { queue: QueueService }): Router {
  const router = Router();
  router.get('/queue', async (req, res) => {
    res.json(await deps.queue.page(validate(QueueQuery, req.query)));
  });
  router.get('/queue/counts', async (req, res) => {
    res.json(await deps.queue.counts(validate(CommentFilters, req.query)));
  });
  return router;
}
