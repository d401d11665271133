import type { PgMigration } from './index';

// Mirrors server/src/store/sqlite/migrations/005-site-model.ts.
export const siteModelMigration: PgMigration = {
  version: 5,
  name: 'site-model',
  sql: `
CREATE TABLE site_model (
  id integer PRIMARY KEY CHECK (id = 1),
  model bytea NOT NULL,
  format_version integer NOT NULL,
  decisions bigint NOT NULL,
  watermark bigint NOT NULL,
  revision bigint NOT NULL,
  updated_at bigint NOT NULL
);
`,
};
