import type { Config } from '../config';
import type { Store } from './store';
import { SqliteStore } from './sqlite/sqlite-store';

/** SQLite by default; PostgreSQL when DATABASE_URL is set (postgres://...). */
export async function openStore(config: Pick<Config, 'dbPath' | 'databaseUrl'>): Promise<Store> {
  if (config.databaseUrl) {
    // Loaded only when used, so SQLite installs never load the driver.
    const { PgStore } = await import('./postgres/pg-store');
    const max = Number(process.env.SIFT_PG_POOL_SIZE ?? 10);
    return PgStore.open(config.databaseUrl, { max: Number.isInteger(max) && max > 0 ? max : 10 });
  }
  return new SqliteStore(config.dbPath);
}
