import { coreMigration } from './001-core';
import { moderationMigration } from './002-moderation';
import { statsMigration } from './003-stats';
import { authMigration } from './004-auth';
import { siteModelMigration } from './005-site-model';
import { rollupsMigration } from './006-rollups';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

// Same numbering as the SQLite migrations (server/src/store/sqlite/migrations),
// so both stores are at "version N" together. Never edited after release.
export const pgMigrations: PgMigration[] = [coreMigration, moderationMigration, statsMigration, authMigration, siteModelMigration, rollupsMigration];
