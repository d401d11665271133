import type { PgMigration } from './index';

// Mirrors server/src/store/sqlite/migrations/002-moderation.ts. Differences,
// all for several servers writing at once:
// - counters are kept by statement-level triggers (one upsert per batch, not per row);
// - event ids are drawn under a transaction-level advisory lock, so they
//   become visible in id order and a server tailing `id > last` never skips
//   an event that committed late (the `events` sequence alone would not
//   guarantee that across concurrent transactions).
export const moderationMigration: PgMigration = {
  version: 2,
  name: 'moderation',
  sql: `
ALTER TABLE decisions ADD COLUMN undo_of bigint REFERENCES decisions(id);
CREATE INDEX decisions_moderator ON decisions (moderator_id, id);

CREATE INDEX comments_flagged_priority ON comments (priority DESC, id DESC) WHERE status = 'pending' AND flag_mask != 0;
CREATE INDEX comments_status_compound ON comments (status, COALESCE(compound, 0), id);
CREATE INDEX comments_priority ON comments (priority DESC, id DESC);
CREATE INDEX comments_compound ON comments (COALESCE(compound, 0), id);

ALTER TABLE authors ADD COLUMN comment_count integer NOT NULL DEFAULT 0;
ALTER TABLE authors ADD COLUMN approved_count integer NOT NULL DEFAULT 0;
ALTER TABLE authors ADD COLUMN rejected_count integer NOT NULL DEFAULT 0;
UPDATE authors SET
  comment_count = (SELECT COUNT(*) FROM comments c WHERE c.author_id = authors.id),
  approved_count = (SELECT COUNT(*) FROM comments c WHERE c.author_id = authors.id AND c.status = 'approved'),
  rejected_count = (SELECT COUNT(*) FROM comments c WHERE c.author_id = authors.id AND c.status = 'rejected');

CREATE TABLE comment_counts (
  status text NOT NULL,
  flag_mask integer NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (status, flag_mask)
);
INSERT INTO comment_counts (status, flag_mask, n) SELECT status, flag_mask, COUNT(*) FROM comments GROUP BY status, flag_mask;

-- Applies the net change of a statement to both counters, in key order.
CREATE FUNCTION sift_apply_count_deltas(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO comment_counts (status, flag_mask, n)
  SELECT d->>'status', (d->>'flag_mask')::integer, SUM((d->>'n')::bigint)
  FROM jsonb_array_elements(deltas->'counts') d
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (status, flag_mask) DO UPDATE SET n = comment_counts.n + excluded.n;
  UPDATE authors a SET comment_count = a.comment_count + x.c, approved_count = a.approved_count + x.ap, rejected_count = a.rejected_count + x.rj
  FROM (
    SELECT (d->>'author_id')::bigint AS id, SUM((d->>'c')::integer) AS c, SUM((d->>'ap')::integer) AS ap, SUM((d->>'rj')::integer) AS rj
    FROM jsonb_array_elements(deltas->'authors') d GROUP BY 1
  ) x WHERE a.id = x.id;
$$;

CREATE FUNCTION sift_comments_counters() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counts jsonb;
  authors jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('status', status, 'flag_mask', flag_mask, 'n', n)) INTO counts
      FROM (SELECT status, flag_mask, COUNT(*) AS n FROM new_rows GROUP BY 1, 2) g;
    SELECT jsonb_agg(jsonb_build_object('author_id', author_id, 'c', c, 'ap', ap, 'rj', rj)) INTO authors
      FROM (SELECT author_id, COUNT(*) AS c, COUNT(*) FILTER (WHERE status = 'approved') AS ap,
              COUNT(*) FILTER (WHERE status = 'rejected') AS rj FROM new_rows GROUP BY 1) g;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT jsonb_agg(x) INTO counts FROM (
      SELECT o.status, o.flag_mask, -1 AS n FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.status != n.status OR o.flag_mask != n.flag_mask
      UNION ALL
      SELECT n.status, n.flag_mask, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.status != n.status OR o.flag_mask != n.flag_mask
    ) x;
    SELECT jsonb_agg(jsonb_build_object('author_id', n.author_id, 'c', 0,
        'ap', (n.status = 'approved')::integer - (o.status = 'approved')::integer,
        'rj', (n.status = 'rejected')::integer - (o.status = 'rejected')::integer)) INTO authors
      FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.status != n.status;
  ELSE
    SELECT jsonb_agg(jsonb_build_object('status', status, 'flag_mask', flag_mask, 'n', -n)) INTO counts
      FROM (SELECT status, flag_mask, COUNT(*) AS n FROM old_rows GROUP BY 1, 2) g;
    SELECT jsonb_agg(jsonb_build_object('author_id', author_id, 'c', -c, 'ap', -ap, 'rj', -rj)) INTO authors
      FROM (SELECT author_id, COUNT(*) AS c, COUNT(*) FILTER (WHERE status = 'approved') AS ap,
              COUNT(*) FILTER (WHERE status = 'rejected') AS rj FROM old_rows GROUP BY 1) g;
  END IF;
  IF counts IS NOT NULL OR authors IS NOT NULL THEN
    PERFORM sift_apply_count_deltas(jsonb_build_object('counts', COALESCE(counts, '[]'::jsonb), 'authors', COALESCE(authors, '[]'::jsonb)));
  END IF;
  RETURN NULL;
END $$;

-- Trigger names sort the counters before the events (both fire per statement).
CREATE TRIGGER comments_a_counters_insert AFTER INSERT ON comments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sift_comments_counters();
CREATE TRIGGER comments_a_counters_update AFTER UPDATE ON comments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sift_comments_counters();
CREATE TRIGGER comments_a_counters_delete AFTER DELETE ON comments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sift_comments_counters();

-- Live events. Ids come from events_id_seq, drawn by the trigger below
-- while holding the event-log lock until commit.
CREATE SEQUENCE events_id_seq;
CREATE TABLE events (
  id bigint PRIMARY KEY,
  type text NOT NULL,
  payload text NOT NULL,
  at bigint NOT NULL
);
CREATE INDEX events_at ON events (at);

CREATE FUNCTION sift_events_ordered_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1936287348, 1);
  NEW.id := nextval('events_id_seq');
  RETURN NEW;
END $$;
CREATE TRIGGER events_ordered_id BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION sift_events_ordered_id();

CREATE FUNCTION sift_comments_created_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO events (id, type, payload, at)
  SELECT 0, 'comment.created',
    json_build_object('commentId', id, 'articleId', article_id, 'status', status, 'priority', priority)::text, received_at
  FROM new_rows ORDER BY id;
  RETURN NULL;
END $$;
CREATE TRIGGER comments_b_created_event AFTER INSERT ON comments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sift_comments_created_event();

CREATE TABLE settings_versions (
  version integer PRIMARY KEY,
  settings text NOT NULL,
  updated_at bigint NOT NULL,
  updated_by text
);

CREATE TABLE audit_events (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at bigint NOT NULL,
  actor text,
  action text NOT NULL,
  details text NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_action ON audit_events (action, id);
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION sift_append_only('audit');
CREATE TRIGGER audit_events_append_only_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION sift_append_only('audit');
`,
};
