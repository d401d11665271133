import { describe, inject } from 'vitest';
import '../postgres/test-database';

export type StoreKind = 'sqlite' | 'postgres';

/** The stores the suite runs on: both, unless PostgreSQL is unavailable (reported by pg-availability.test.ts). */
export function storeKinds(): StoreKind[] {
  return inject('pgAdminUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

/**
 * `describe` once per store: the same test bodies run on SQLite and on a
 * real PostgreSQL server. Build the app with `makeStoreTestApp(kind)`.
 */
export function describeStores(name: string, body: (kind: StoreKind) => void): void {
  describe.each(storeKinds())(`${name} [%s]`, body);
}
