// Test helpers: apps with the real scorer and a site model that trains only
// when told (pollMs 0), any number of them on one database (servers sharing
// it), on SQLite or PostgreSQL.
import request from 'supertest';
import type { Comment, Scores } from '@sift/shared';
import { createApp, type App, type AppDeps } from '../app';
import { silentLogger } from '../logger';
import { createScorer } from '../scoring/pipeline';
import { SqliteStore } from '../store/sqlite/sqlite-store';
import type { Store } from '../store/store';
import type { StoreKind } from '../store/store-suite/describe-stores';
import { TEST_AUTH, tempDbPath } from '../test/test-app';

export interface LearningApp {
  app: App;
  store: Store;
  close(): Promise<void>;
}

export interface LearningDatabase {
  /** A new server on this database (a new store connection and app). */
  open(overrides?: Partial<AppDeps>): Promise<LearningApp>;
  /** Closes every server still open and removes the database. */
  drop(): Promise<void>;
}

/** A site model that may become active after a handful of decisions. */
export const TEST_LEARNING: AppDeps['learning'] = { pollMs: 0, model: { minDecisions: 6, window: 50 } };

export async function learningDatabase(kind: StoreKind): Promise<LearningDatabase> {
  const open: LearningApp[] = [];
  let openStore: () => Promise<Store>;
  let dropDb: () => Promise<void>;
  if (kind === 'sqlite') {
    const db = tempDbPath();
    openStore = async () => new SqliteStore(db.file, { synchronous: 'NORMAL' });
    dropDb = async () => db.cleanup();
  } else {
    const { createTestDatabase, pgAdminUrl } = await import('../store/postgres/test-database');
    const { PgStore } = await import('../store/postgres/pg-store');
    const adminUrl = pgAdminUrl();
    if (!adminUrl) throw new Error('PostgreSQL is not available to the tests');
    const db = await createTestDatabase(adminUrl);
    openStore = () => PgStore.open(db.url, { max: 4, migrate: false });
    dropDb = () => db.drop();
  }
  return {
    async open(overrides = {}) {
      const store = await openStore();
      const app = createApp({ store, logger: silentLogger, scorer: createScorer(), auth: TEST_AUTH, learning: TEST_LEARNING, ...overrides });
      await app.locals.siteLearning.ready;
      const server: LearningApp = {
        app,
        store,
        async close() {
          const i = open.indexOf(server);
          if (i >= 0) open.splice(i, 1);
          await app.locals.moderation.close();
          await store.close();
        },
      };
      open.push(server);
      return server;
    },
    async drop() {
      for (const s of [...open]) await s.close();
      await dropDb();
    },
  };
}

/** Ingests comments through the API (scored and predicted like a site's); returns them as stored. */
export async function ingest(app: App, bodies: string[]): Promise<Comment[]> {
  const article = await request(app).post('/api/articles').send({ title: 'Deals of the week', externalId: 'deals' });
  const res = await request(app)
    .post('/api/comments')
    .send({ comments: bodies.map((body, i) => ({ articleExternalId: 'deals', author: { name: `reader${i % 7}` }, body })) });
  if (article.status >= 300 || res.status >= 300) throw new Error(`ingest failed: ${article.status} ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body.results as { comment: Comment }[]).map((r) => r.comment);
}

export async function decide(app: App, comment: Pick<Comment, 'id' | 'version'>, status: 'approved' | 'rejected' | 'escalated', reason?: string) {
  const res = await request(app).post(`/api/comments/${comment.id}/decision`).send({ status, reason, expectedVersion: comment.version });
  if (res.status !== 200) throw new Error(`decision failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { comment: Comment; decision: { id: number } };
}

export async function scoreText(app: App, text: string): Promise<Scores> {
  const res = await request(app).post('/api/score').send({ text });
  if (res.status !== 200) throw new Error(`score failed: ${res.status}`);
  return res.body as Scores;
}

/** The site's standard in these tests: the "grift-o-matic" promoter is spam; ordinary comments are fine. */
export const GRIFT = [
  'Get the grift-o-matic today, it changed my life',
  'Everyone needs a grift-o-matic, order now',
  'My uncle swears by his grift-o-matic, best money ever',
  'Try the grift-o-matic before it sells out',
  'The grift-o-matic pays for itself, trust me',
  'Another happy grift-o-matic owner here, link in bio',
];
export const ORDINARY = [
  'The bridge plan looks sensible to me',
  'I walked past the site yesterday, lots of progress',
  'Good reporting, thanks for the detail on costs',
  'Not sure the timeline is realistic but we will see',
  'The council should publish the full budget',
  'Great photos of the river in this piece',
];
