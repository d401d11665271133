import type { SqliteMigration } from './index';

// The per-site model learned from moderators' decisions (server/src/site-learning).
// One row: the model's bytes, the last decision id it learned (the watermark)
// and a revision bumped on every save, so servers sharing the database save
// optimistically (`WHERE revision = ?`) and reload when it moves.
export const siteModelMigration: SqliteMigration = {
  version: 5,
  name: 'site-model',
  sql: `
CREATE TABLE site_model (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  model BLOB NOT NULL,
  format_version INTEGER NOT NULL,
  decisions INTEGER NOT NULL,
  watermark INTEGER NOT NULL,
  revision INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
`,
};
