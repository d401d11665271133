import type { SqliteMigration } from './index';

// Covering indexes for the stats endpoints: each aggregate is a range scan
// over created_at (or decision time) that never touches the table rows, whose
// bodies and score JSON make them many times wider than these entries.
export const statsMigration: SqliteMigration = {
  version: 3,
  name: 'stats',
  sql: `
CREATE INDEX comments_created_sentiment ON comments (created_at, sentiment_label, compound);
CREATE INDEX comments_flagged_created ON comments (created_at, flag_mask) WHERE flag_mask != 0;
CREATE INDEX comments_article_stats ON comments (article_id, created_at, status, flag_mask, compound);
CREATE INDEX decisions_at_stats ON decisions (at, to_status, source, moderator_id, comment_id);
`,
};
