import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import { PgStore } from './pg-store';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the throwaway cluster's maintenance database; null when PostgreSQL is not run. */
    pgAdminUrl: string | null;
    /** Why the PostgreSQL half is not run, when pgAdminUrl is null. */
    pgUnavailable: string | null;
  }
}

/** Name of the migrated database every test database is cloned from. */
export const TEMPLATE_DB = 'sift_template';

export function pgAdminUrl(): string | null {
  return inject('pgAdminUrl');
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the migrated template (once per test run, from the global setup). */
export async function createTemplateDatabase(adminUrl: string): Promise<void> {
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${TEMPLATE_DB}`));
  const store = await PgStore.open(withDatabase(adminUrl, TEMPLATE_DB), { max: 1 });
  await store.close();
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty, migrated database of its own (cloned from the template; quick). */
export async function createTestDatabase(adminUrl: string, opts: { template?: boolean } = {}): Promise<TestDatabase> {
  const name = `sift_t_${process.pid}_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}${opts.template === false ? '' : ` TEMPLATE ${TEMPLATE_DB}`}`));
  return {
    url: withDatabase(adminUrl, name),
    drop: () => admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A PgStore on a fresh database; `cleanup` closes it and drops the database. */
export async function openTestPgStore(): Promise<{ store: PgStore; url: string; cleanup: () => Promise<void> }> {
  const adminUrl = pgAdminUrl();
  if (!adminUrl) throw new Error(`PostgreSQL is not available to the tests: ${inject('pgUnavailable') ?? 'unknown reason'}`);
  const db = await createTestDatabase(adminUrl);
  const store = await PgStore.open(db.url, { max: 4, migrate: false });
  return {
    store,
    url: db.url,
    async cleanup() {
      await store.close();
      await db.drop();
    },
  };
}
