import type { Config } from '../config';
import type { Store } from './store';
import { SqliteStore } from './sqlite/sqlite-store';

/** SQLite by default; PostgreSQL when DATABASE_URL is set. */
export async function openStore(config: Pick<Config, 'dbPath' | 'databaseUrl'>): Promise<Store> {
  if (config.databaseUrl) {
    throw new Error('PostgreSQL support is not available in this build; unset DATABASE_URL to use SQLite');
  }
  return new SqliteStore(config.dbPath);
}
