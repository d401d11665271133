import { coreMigration } from './001-core';
import { moderationMigration } from './002-moderation';
import { statsMigration } from './003-stats';
import { authMigration } from './004-auth';
import { siteModelMigration } from './005-site-model';
import { rollupsMigration } from './006-rollups';

export interface SqliteMigration {
  version: number;
  name: string;
  sql: string;
}

// Numbered once, never edited after release: a change is a new migration.
export const sqliteMigrations: SqliteMigration[] = [coreMigration, moderationMigration, statsMigration, authMigration, siteModelMigration, rollupsMigration];
