import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type AppDeps } from '../app';
import { silentLogger } from '../logger';
import { SqliteStore } from '../store/sqlite/sqlite-store';
import type { Store } from '../store/store';
import type { StoreKind } from '../store/store-suite/describe-stores';

/** A real SQLite file in a fresh temp dir, removed by `cleanup`. */
export function tempDbPath(): { file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-test-'));
  return { file: path.join(dir, 'sift.db'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Requests without credentials act as this admin, so capability tests need no
 * logins. Only test helpers set it (in code, never from env or config); the
 * auth tests pass `auth: {}` to test real logins.
 */
export const TEST_AUTH: AppDeps['auth'] = { testActor: { id: 'test-admin', role: 'admin' } };

export function makeTestApp(overrides: Partial<AppDeps> = {}) {
  const db = tempDbPath();
  const store = new SqliteStore(db.file, { synchronous: 'NORMAL' });
  const app = createApp({ store, logger: silentLogger, scorer: null, auth: TEST_AUTH, ...overrides });
  return {
    app,
    store,
    file: db.file,
    async close() {
      await store.close();
      db.cleanup();
    },
  };
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: Store;
  close(): Promise<void>;
}

/** The test app on the given store: SQLite in a temp file, or a fresh PostgreSQL database. */
export async function makeStoreTestApp(kind: StoreKind, overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  if (kind === 'sqlite') return makeTestApp(overrides);
  // Loaded lazily: SQLite-only runs never touch the PostgreSQL driver.
  const { openTestPgStore } = await import('../store/postgres/test-database');
  const pg = await openTestPgStore();
  const app = createApp({ store: pg.store, logger: silentLogger, scorer: null, auth: TEST_AUTH, ...overrides });
  return { app, store: pg.store, close: pg.cleanup };
}

export const SEED_FILE = path.resolve(import.meta.dirname, '../../../../shared/data/seed/000_fb74129c95015117.txt');
