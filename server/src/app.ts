import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type Express, type Router } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from './logger';
import type { Store } from './store/store';
import type { Scorer } from './scoring/types';
import { errorMiddleware, notFoundHandler } from './http/error-middleware';
import { jsonGuard, requireJson } from './http/json-guard';
import { articlesRouter } from './articles/articles-router';
import { commentsRouter } from './comments/comments-router';
import { IngestService } from './comments/ingest-service';
import type { IngestPolicy } from './comments/ingest-policy';
import { ImportService } from './import/import-service';
import { importRouter } from './import/import-router';
import { healthRouter } from './health/health-router';
import { scoreRouter } from './scoring/score-router';
import { statsRouter } from './stats/stats-router';
import { exportRouter } from './exports/export-router';
import { reportsRouter } from './reports/reports-router';
import { installAuth, type AppAuthOptions } from './auth/install-auth';
import type { AuthService } from './auth/auth-service';
import type { Accounts } from './auth/accounts';
import { securityHeaders } from './auth/security-headers';
import { verifyUtf8 } from './auth/strict-utf8';
import { createModeration, type Moderation } from './moderation/moderation-module';
import { SiteLearning, type SiteLearningOptions } from './site-learning/site-learning';
import { learnAfterDecisions, siteLearningRouter } from './site-learning/site-learning-router';

export interface AppDeps {
  store: Store;
  logger: Logger;
  scorer: Scorer | null;
  policy?: IngestPolicy;
  bodyLimit?: number;
  importLimit?: number;
  /** Built client to serve, when present. */
  clientDir?: string;
  /** Further routers mounted under /api by capability modules. */
  routers?: Router[];
  /** Sessions, login limits, demo accounts; `testActor` only ever from test helpers. */
  auth?: AppAuthOptions;
  /** The per-site model's training loop (tests set pollMs 0 and a small minDecisions). */
  learning?: SiteLearningOptions;
}

export interface App extends Express {
  locals: Express['locals'] & { ingest: IngestService; imports: ImportService; auth: AuthService; accounts: Accounts; moderation: Moderation; siteLearning: SiteLearning };
}

/** Builds the Express app without listening, so tests drive it with supertest. */
export function createApp(deps: AppDeps): App {
  const app = express() as App;
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Queue, decisions, settings (rules and word lists for ingest), rescore, live events.
  // The site model learned from moderators' decisions wraps every scorer (site-learning/learned-scorer.ts).
  const learning = new SiteLearning(deps.store, deps.logger, deps.learning);
  const moderation = createModeration({ store: deps.store, logger: deps.logger, baseScorer: deps.scorer, wrapScorer: (s) => learning.wrap(s) });
  const closeModeration = moderation.close;
  moderation.close = async () => {
    await learning.close();
    await closeModeration();
  };
  learning.start();
  app.locals.moderation = moderation;
  app.locals.siteLearning = learning;
  const ingest = new IngestService({ store: deps.store, scorer: moderation.scorer, policy: deps.policy ?? moderation.policy, logger: deps.logger });
  const imports = new ImportService({ store: deps.store, ingest });
  app.locals.ingest = ingest;
  app.locals.imports = imports;
  const auth = installAuth({ store: deps.store, logger: deps.logger, options: deps.auth });
  app.locals.auth = auth.auth;
  app.locals.accounts = auth.accounts;

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      // One short line per request: no headers (cookies, keys) in the logs.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  app.use(securityHeaders());

  const api = express.Router();
  // Before every router: the one access check (route rules, sessions, API keys, CSRF).
  api.use(auth.gate);
  api.use(importRouter({ imports, importLimit: deps.importLimit ?? 1024 ** 3 }));
  api.use(requireJson);
  api.use(express.json({ limit: deps.bodyLimit ?? 2 * 1024 * 1024, strict: true, type: 'application/json', verify: verifyUtf8 }));
  api.use(jsonGuard);
  api.use(moderation.whenReady);
  api.use(learning.whenReady);
  api.use(learnAfterDecisions(learning));
  api.use(healthRouter({ store: deps.store }));
  api.use(articlesRouter({ store: deps.store }));
  api.use(commentsRouter({ store: deps.store, ingest }));
  api.use(scoreRouter({ scorer: () => moderation.scorer }));
  api.use(statsRouter({ store: deps.store }));
  api.use(exportRouter({ store: deps.store }));
  api.use(reportsRouter({ store: deps.store }));
  api.use(siteLearningRouter({ learning, audit: deps.store }));
  for (const router of moderation.routers) api.use(router);
  for (const router of auth.routers) api.use(router);
  for (const router of deps.routers ?? []) api.use(router);
  api.use(notFoundHandler);
  app.use('/api', api);

  if (deps.clientDir && fs.existsSync(path.join(deps.clientDir, 'index.html'))) {
    const clientDir = deps.clientDir;
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET gets the app shell.
    app.get(/.*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(errorMiddleware(deps.logger));
  return app;
}
