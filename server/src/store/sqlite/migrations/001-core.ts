import type { SqliteMigration } from './index';

// Times are integer milliseconds since the epoch (UTC): compact, and range
// scans and time buckets stay plain integer arithmetic.
export const coreMigration: SqliteMigration = {
  version: 1,
  name: 'core',
  sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  external_id TEXT UNIQUE,
  title TEXT NOT NULL,
  url TEXT,
  body TEXT,
  published_at INTEGER,
  created_at INTEGER NOT NULL
);

-- One row per commenter: by the site's id when given, else by name.
CREATE TABLE authors (
  id INTEGER PRIMARY KEY,
  author_key TEXT NOT NULL UNIQUE,
  external_id TEXT,
  name TEXT NOT NULL
);

CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  external_id TEXT UNIQUE,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  parent_id INTEGER REFERENCES comments(id),
  author_id INTEGER NOT NULL REFERENCES authors(id),
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending','approved','rejected','escalated')),
  version INTEGER NOT NULL DEFAULT 1,
  scores TEXT,
  scorer_version TEXT,
  -- Copies of score fields as columns, so the queue can filter, sort and count in SQL.
  priority REAL NOT NULL DEFAULT 0,
  compound REAL,
  sentiment_label TEXT,
  -- One bit per flag category (order of flagCategories in shared/src/scores.ts).
  flag_mask INTEGER NOT NULL DEFAULT 0,
  decided_at INTEGER
);

CREATE INDEX comments_status_priority ON comments (status, priority DESC, id DESC);
CREATE INDEX comments_status_created ON comments (status, created_at, id);
CREATE INDEX comments_article_created ON comments (article_id, created_at, id);
CREATE INDEX comments_author_created ON comments (author_id, created_at, id);
CREATE INDEX comments_parent ON comments (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX comments_created ON comments (created_at, id);

-- Full-text search over comment bodies; the table holds no copy of the text.
CREATE VIRTUAL TABLE comments_fts USING fts5(body, content='comments', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
  INSERT INTO comments_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
  INSERT INTO comments_fts(comments_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER comments_fts_update AFTER UPDATE OF body ON comments BEGIN
  INSERT INTO comments_fts(comments_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO comments_fts(rowid, body) VALUES (new.id, new.body);
END;

-- The append-only decision log: a comment's status is its latest decision.
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  comment_id INTEGER NOT NULL REFERENCES comments(id),
  from_status TEXT,
  to_status TEXT NOT NULL,
  reason TEXT,
  note TEXT,
  moderator_id TEXT,
  source TEXT NOT NULL CHECK (source IN ('human','rule')),
  at INTEGER NOT NULL
);
CREATE INDEX decisions_comment ON decisions (comment_id, id);
CREATE INDEX decisions_at ON decisions (at, id);
CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON decisions BEGIN
  SELECT RAISE(ABORT, 'the decision log is append-only');
END;
CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON decisions BEGIN
  SELECT RAISE(ABORT, 'the decision log is append-only');
END;
`,
};
