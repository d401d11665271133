import type { SqliteMigration } from './index';

// The moderation workflow: queue indexes, counters kept by triggers (so the
// queue's author history and the tab counts never need a COUNT over a
// million rows), the table-backed live event log, settings versions and the
// audit log of non-decision events. A PostgreSQL store needs the same
// triggers (or the same writes in its transactions).
export const moderationMigration: SqliteMigration = {
  version: 2,
  name: 'moderation',
  sql: `
-- An undo is a new decision that names the decision it reverts.
ALTER TABLE decisions ADD COLUMN undo_of INTEGER REFERENCES decisions(id);
CREATE INDEX decisions_moderator ON decisions (moderator_id, id);

-- Queue orders (keyset pagination: every order ends with id as tie-break).
-- The sentiment orders put unscored comments at 0 (neutral).
CREATE INDEX comments_flagged_priority ON comments (priority DESC, id DESC) WHERE status = 'pending' AND flag_mask != 0;
CREATE INDEX comments_flagged_compound ON comments (COALESCE(compound, 0), id) WHERE status = 'pending' AND flag_mask != 0;
CREATE INDEX comments_status_compound ON comments (status, COALESCE(compound, 0), id);
CREATE INDEX comments_priority ON comments (priority DESC, id DESC);
CREATE INDEX comments_compound ON comments (COALESCE(compound, 0), id);

-- Counts filtered by sentiment (a common tab filter) read this index only.
CREATE INDEX comments_sentiment_counts ON comments (sentiment_label, status, flag_mask);

-- Author history shown next to each queue item.
ALTER TABLE authors ADD COLUMN comment_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE authors ADD COLUMN approved_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE authors ADD COLUMN rejected_count INTEGER NOT NULL DEFAULT 0;
UPDATE authors SET
  comment_count = (SELECT COUNT(*) FROM comments c WHERE c.author_id = authors.id),
  approved_count = (SELECT COUNT(*) FROM comments c WHERE c.author_id = authors.id AND c.status = 'approved'),
  rejected_count = (SELECT COUNT(*) FROM comments c WHERE c.author_id = authors.id AND c.status = 'rejected');

-- Comments per (status, flag_mask): the unfiltered queue counts read a few
-- dozen rows of this instead of scanning every comment.
CREATE TABLE comment_counts (
  status TEXT NOT NULL,
  flag_mask INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (status, flag_mask)
) WITHOUT ROWID;
INSERT INTO comment_counts (status, flag_mask, n) SELECT status, flag_mask, COUNT(*) FROM comments GROUP BY status, flag_mask;

CREATE TRIGGER comments_counters_insert AFTER INSERT ON comments BEGIN
  UPDATE authors SET comment_count = comment_count + 1,
    approved_count = approved_count + (new.status = 'approved'),
    rejected_count = rejected_count + (new.status = 'rejected')
  WHERE id = new.author_id;
  INSERT INTO comment_counts (status, flag_mask, n) VALUES (new.status, new.flag_mask, 1)
    ON CONFLICT (status, flag_mask) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER comments_counters_update AFTER UPDATE OF status, flag_mask ON comments
WHEN old.status != new.status OR old.flag_mask != new.flag_mask BEGIN
  UPDATE authors SET
    approved_count = approved_count + (new.status = 'approved') - (old.status = 'approved'),
    rejected_count = rejected_count + (new.status = 'rejected') - (old.status = 'rejected')
  WHERE id = new.author_id;
  UPDATE comment_counts SET n = n - 1 WHERE status = old.status AND flag_mask = old.flag_mask;
  INSERT INTO comment_counts (status, flag_mask, n) VALUES (new.status, new.flag_mask, 1)
    ON CONFLICT (status, flag_mask) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER comments_counters_delete AFTER DELETE ON comments BEGIN
  UPDATE authors SET comment_count = comment_count - 1,
    approved_count = approved_count - (old.status = 'approved'),
    rejected_count = rejected_count - (old.status = 'rejected')
  WHERE id = old.author_id;
  UPDATE comment_counts SET n = n - 1 WHERE status = old.status AND flag_mask = old.flag_mask;
END;

-- Live events, written in the transaction of the change they report and
-- tailed by every server process (GET /api/events). AUTOINCREMENT: ids are
-- never reused after pruning, so a client's Last-Event-ID stays meaningful.
CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX events_at ON events (at);
CREATE TRIGGER comments_created_event AFTER INSERT ON comments BEGIN
  INSERT INTO events (type, payload, at) VALUES ('comment.created',
    json_object('commentId', new.id, 'articleId', new.article_id, 'status', new.status, 'priority', new.priority),
    new.received_at);
END;

-- Every saved version of the moderation settings; the current one is the highest.
CREATE TABLE settings_versions (
  version INTEGER PRIMARY KEY,
  settings TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT
);

-- Audit log of everything that is not a comment decision (settings changes,
-- later logins, key changes ...). Append-only like the decision log.
CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT,
  action TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_action ON audit_events (action, id);
CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
`,
};
