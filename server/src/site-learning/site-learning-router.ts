import { Router, type RequestHandler } from 'express';
import { actorOf } from '../http/actor';
import type { AuditEventStore } from '../store/moderation-store';
import type { SiteLearning } from './site-learning';

/** Requests that log human decisions (see moderation-router.ts). */
const DECISION_ROUTE = /^\/(comments\/[^/]+\/(decision|undo)|decisions\/bulk)\/?$/;

/**
 * Starts learning as soon as a decision made on this server is answered,
 * rather than at the next poll. Mounted before the moderation routers.
 */
export function learnAfterDecisions(learning: SiteLearning): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'POST' && DECISION_ROUTE.test(req.path)) {
      res.on('finish', () => {
        if (res.statusCode < 300) learning.kick();
      });
    }
    next();
  };
}

/**
 * GET /api/model: what the site model has learned and whether it is trusted.
 * POST /api/model/rebuild: retrain from the whole decision log (admins).
 * POST /api/model/reset: start over from the next decision (admins).
 */
export function siteLearningRouter(deps: { learning: SiteLearning; audit: AuditEventStore }): Router {
  const router = Router();
  const audit = async (req: Parameters<typeof actorOf>[0], action: string, details: Record<string, unknown>) => {
    const actor = actorOf(req);
    await deps.audit.appendAuditEvent({ at: Date.now(), actor: actor.kind === 'anonymous' ? null : actor.id, action, details });
  };
  router.get('/model', async (_req, res) => {
    res.json(await deps.learning.stats());
  });
  router.post('/model/rebuild', async (req, res) => {
    const stats = await deps.learning.rebuild();
    await audit(req, 'model.rebuilt', { decisions: stats.decisions, watermark: stats.watermark });
    res.json(stats);
  });
  router.post('/model/reset', async (req, res) => {
    const stats = await deps.learning.reset();
    await audit(req, 'model.reset', { watermark: stats.watermark });
    res.json(stats);
  });
  return router;
}
