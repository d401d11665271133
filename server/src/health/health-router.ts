import { Router } from 'express';
import { ErrorCode } from '@sift/shared';
import type { Store } from '../store/store';

const VERSION = process.env.npm_package_version ?? '0.1.0';

/** Health doubles as readiness: it answers 503 when the database does not. */
export function healthRouter(deps: { store: Store }): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      await deps.store.ping();
      res.json({ status: 'ok', store: deps.store.kind, version: VERSION });
    } catch {
      res.status(503).json({ error: { code: ErrorCode.internal, message: 'database unavailable' } });
    }
  });
  return router;
}
