import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type AppDeps } from '../app';
import { silentLogger } from '../logger';
import { SqliteStore } from '../store/sqlite/sqlite-store';

/** A real SQLite file in a fresh temp dir, removed by `cleanup`. */
export function tempDbPath(): { file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-test-'));
  return { file: path.join(dir, 'sift.db'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function makeTestApp(overrides: Partial<AppDeps> = {}) {
  const db = tempDbPath();
  const store = new SqliteStore(db.file, { synchronous: 'NORMAL' });
  const app = createApp({ store, logger: silentLogger, scorer: null, ...overrides });
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

export const SEED_FILE = path.resolve(import.meta.dirname, '../../../../shared/data/seed/000_fb74129c95015117.txt');
