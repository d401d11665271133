import type { PgMigration } from './index';

// Mirrors server/src/store/sqlite/migrations/003-stats.ts: covering indexes
// for the stats range scans (PostgreSQL can answer them index-only).
export const statsMigration: PgMigration = {
  version: 3,
  name: 'stats',
  sql: `
CREATE INDEX comments_created_sentiment ON comments (created_at, sentiment_label, compound);
CREATE INDEX comments_flagged_created ON comments (created_at, flag_mask) WHERE flag_mask != 0;
CREATE INDEX comments_article_stats ON comments (article_id, created_at, status, flag_mask, compound);
CREATE INDEX decisions_at_stats ON decisions (at, to_status, source, moderator_id, comment_id);
`,
};
