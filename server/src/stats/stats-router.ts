import { Router, type Request } from 'express';
import type { Store } from '../store/store';
import { resolveStats, type ResolvedStats } from './stats-range';
import { StatsService } from './stats-service';

type Handler = (service: StatsService, r: ResolvedStats) => Promise<object>;

const endpoints: Record<string, Handler> = {
  'sentiment-distribution': (s, r) => s.sentimentDistribution(r),
  'sentiment-over-time': (s, r) => s.sentimentOverTime(r),
  'flags-over-time': (s, r) => s.flagsOverTime(r),
  'decisions-over-time': (s, r) => s.decisionsOverTime(r),
  articles: (s, r) => s.articles(r),
  moderators: (s, r) => s.moderators(r),
};

/** GET /api/stats/*: every endpoint takes CommentFilters + StatsQuery as query parameters. */
export function statsRouter(deps: { store: Store; now?: () => number }): Router {
  const router = Router();
  const service = new StatsService(deps.store);
  for (const [name, handler] of Object.entries(endpoints)) {
    router.get(`/stats/${name}`, async (req: Request, res) => {
      const resolved = resolveStats(req.query, deps.now?.() ?? Date.now());
      res.json(await handler(service, resolved));
    });
  }
  return router;
}
