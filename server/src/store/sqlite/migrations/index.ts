import { coreMigration } from './001-core';

export interface SqliteMigration {
  version: number;
  name: string;
  sql: string;
}

// Numbered once, never edited after release: a change is a new migration.
export const sqliteMigrations: SqliteMigration[] = [coreMigration];
