import type { Store } from '../store';

/**
 * Runs one SQL statement directly on the store's database, whichever it is
 * (for tests of database-level guarantees such as append-only logs).
 */
export async function execRaw(store: Store, sql: string): Promise<void> {
  const s = store as unknown as { db?: { prepare(sql: string): { run(): unknown } }; pool?: { query(sql: string): Promise<unknown> } };
  if (s.pool) await s.pool.query(sql);
  else if (s.db) s.db.prepare(sql).run();
  else throw new Error(`no raw SQL access to a ${store.kind} store`);
}
