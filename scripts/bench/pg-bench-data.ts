// Bulk-generates N comments over 30 days straight into a migrated PostgreSQL
// database, with the same distributions as bench-db.ts (SQLite): a daily
// rhythm, sentiment mix, flags that follow negativity, older comments mostly
// decided (by 12 moderators or rules), and bodies with quotes, accents and
// emoji. One INSERT … SELECT FROM generate_series per table, with the
// secondary indexes dropped while loading (rebuilt after), then ANALYZE.
import { flagCategories, rejectReasons } from '@sift/shared';
import type pg from 'pg';

const DAY = 86_400_000;
const HOUR_WEIGHTS = [2, 1, 1, 1, 1, 2, 4, 6, 8, 8, 7, 7, 8, 7, 6, 6, 7, 8, 10, 11, 10, 8, 5, 3];
// Percent per category, in flagCategories order (as FLAG_WEIGHTS in bench-db.ts).
const FLAG_PERCENT = [25, 30, 4, 5, 12, 12, 4, 3, 5];
const FLAG_REASONS = [
  'profane word "damn"',
  'insult aimed at a person: "idiot"',
  'threat of violence',
  'attack on a group',
  'link to a shop, repeated text',
  'mostly capital letters',
  'looks like a phone number',
  'banned word "xyz"',
  'suspect word "scam"',
];
const WORDS = `the council bridge plan budget really good bad idea think people city
 should would never always vote mayor traffic school tax money why how great
 terrible love hate agree disagree article writer point fact news again "quoted"
 well, honestly, finally, however, — à propos naïve 👍`.split(/\s+/).filter(Boolean);

export interface PgBenchData {
  startMs: number;
  endMs: number;
  comments: number;
  seconds: number;
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (xs: readonly string[]) => `ARRAY[${xs.map(lit).join(',')}]::text[]`;
/** An array where each index appears as often as its weight: a weighted pick is one random subscript. */
const weightedSlots = (weights: number[]) => `ARRAY[${weights.flatMap((w, i) => Array<number>(w).fill(i)).join(',')}]::int[]`;
const slotCount = (weights: number[]) => weights.reduce((a, b) => a + b, 0);

/** Drops the secondary (non-constraint) indexes of a table and returns their definitions. */
async function dropSecondaryIndexes(db: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)`,
    [table],
  );
  for (const r of rows) await db.query(`DROP INDEX ${r.name}`);
  return rows.map((r) => r.def);
}

export async function generatePgBenchData(db: pg.ClientBase, n: number, log: (s: string) => void): Promise<PgBenchData> {
  const started = performance.now();
  const endMs = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const startMs = endMs - 30 * DAY;
  const articles = Math.max(20, Math.round(n / 2000));
  const authors = Math.max(100, Math.round(n / 20));
  await db.query("SET maintenance_work_mem = '512MB'");
  await db.query("SET work_mem = '256MB'");
  // setseed makes random() repeatable: the same data every run.
  await db.query('SET max_parallel_workers_per_gather = 0');
  await db.query('SELECT setseed(0.42)');
  // The schema's own triggers stay on (counters and any rollups later
  // migrations add are kept by them, once per statement), except the
  // live-event log: a month-old backlog is past its retention anyway.
  const eventTrigger = (await db.query("SELECT 1 FROM pg_trigger WHERE tgname = 'comments_b_created_event'")).rowCount;
  if (eventTrigger) await db.query('ALTER TABLE comments DISABLE TRIGGER comments_b_created_event');
  const indexDefs = [...(await dropSecondaryIndexes(db, 'comments')), ...(await dropSecondaryIndexes(db, 'decisions'))];

  await db.query(
    `INSERT INTO articles (id, external_id, title, url, created_at)
     SELECT i, 'art-' || i, 'Article ' || i || ': the ' || ($1::text[])[1 + i % cardinality($1::text[])] || ' story, "part" ' || i, NULL, $2
     FROM generate_series(1, $3::int) i`,
    [WORDS, startMs, articles],
  );
  await db.query(
    `INSERT INTO authors (id, author_key, external_id, name) SELECT i, 'id:u' || i, 'u' || i, 'user_' || i FROM generate_series(1, $1::int) i`,
    [authors],
  );
  log(`  generating ${n.toLocaleString('en-GB')} comments in PostgreSQL`);
  // Stage the random draws once (ordered by time, so ids follow creation time as in real life).
  await db.query(`
    CREATE TEMP TABLE g AS
    WITH t AS (
      SELECT ${startMs}::bigint + floor(random() * 30)::bigint * ${DAY}
               + (${weightedSlots(HOUR_WEIGHTS)})[1 + floor(random() * ${slotCount(HOUR_WEIGHTS)})::int]::bigint * 3600000
               + floor(random() * 3600000)::bigint AS created_at,
             random() AS r
      FROM generate_series(1, ${n}) s
    ), c AS (
      SELECT created_at,
        CASE WHEN r < 0.35 THEN (random() - 0.5) * 0.1
             WHEN r < 0.7 THEN least(1, 0.05 + power(random(), 1.5))
             ELSE -least(1, 0.05 + power(random(), 1.3)) END AS compound
      FROM t
    ), f AS (
      SELECT created_at, compound,
        CASE WHEN random() < CASE WHEN compound < -0.3 THEN 0.35 ELSE 0.08 END THEN
          (1 << (${weightedSlots(FLAG_PERCENT)})[1 + floor(random() * 100)::int])
          | CASE WHEN random() < 0.2 THEN 1 << (${weightedSlots(FLAG_PERCENT)})[1 + floor(random() * 100)::int] ELSE 0 END
        ELSE 0 END AS flag_mask,
        random() AS r_status, random() AS r_pick, random() AS r_pick2, random() AS r_delay
      FROM c
    )
    SELECT row_number() OVER (ORDER BY created_at) AS id, * FROM f`);
  await db.query(`
    INSERT INTO comments (id, external_id, article_id, parent_id, author_id, body, created_at, received_at, status, version,
      scores, scorer_version, priority, compound, sentiment_label, flag_mask, decided_at)
    SELECT id, 'c-' || id, 1 + floor(power(random(), 2) * ${articles})::bigint, NULL, 1 + floor(random() * ${authors})::bigint,
      body, created_at, created_at + 500, status, CASE WHEN decided_at IS NULL THEN 1 ELSE 2 END,
      json_build_object('scorerVersion', 'bench',
        'sentiment', json_build_object('score', compound * 5, 'compound', compound, 'label', label, 'contributions', '[]'::json),
        'flags', COALESCE((SELECT json_agg(json_build_object('category', (${textArray(flagCategories)})[k + 1], 'severity', 'medium',
                   'confidence', 0.8, 'spans', '[]'::json, 'reason', (${textArray(FLAG_REASONS)})[k + 1]) ORDER BY k)
                 FROM generate_series(0, ${flagCategories.length - 1}) k WHERE flag_mask & (1 << k) != 0), '[]'::json),
        'priority', priority, 'priorityReasons', '[]'::json)::text,
      'bench', priority, compound, label, flag_mask, decided_at
    FROM (
      SELECT g.*,
        CASE WHEN compound >= 0.05 THEN 'positive' WHEN compound <= -0.05 THEN 'negative' ELSE 'neutral' END AS label,
        least(1, greatest(0, CASE WHEN flag_mask != 0 THEN 0.5 ELSE 0.05 END + greatest(0, -compound) * 0.3 + random() * 0.2)) AS priority,
        CASE WHEN decided THEN least(${endMs - 1}, created_at + floor(-ln(1 - r_delay) * 2 * 3600000)::bigint) END AS decided_at,
        CASE WHEN NOT decided THEN 'pending'
             WHEN flag_mask != 0 THEN CASE WHEN r_pick < 0.6 THEN 'rejected' WHEN r_pick2 < 0.8 THEN 'approved' ELSE 'escalated' END
             ELSE CASE WHEN r_pick < 0.92 THEN 'approved' WHEN r_pick2 < 0.7 THEN 'rejected' ELSE 'escalated' END END AS status,
        CASE WHEN random() < 0.01 THEN E'=HYPERLINK("x")\\n' ELSE '' END
          || array_to_string(ARRAY(SELECT (${textArray(WORDS)})[1 + floor(random() * ${WORDS.length})::int]
                                   FROM generate_series(1, 6 + floor(random() * 40)::int + (g.id * 0)::int)), ' ') AS body
      FROM (SELECT g.*, r_status >= CASE WHEN ${endMs} - created_at < ${DAY} THEN 0.7
                                          WHEN ${endMs} - created_at < ${3 * DAY} THEN 0.3 ELSE 0.08 END AS decided FROM g) g
    ) x`);
  log(`  comments written (${((performance.now() - started) / 1000).toFixed(0)} s); writing decisions`);
  // One decision per decided comment, in decision-time order.
  await db.query(`
    INSERT INTO decisions (comment_id, from_status, to_status, reason, note, moderator_id, source, at)
    SELECT id, 'pending', status,
      CASE WHEN status = 'rejected' THEN (${textArray(rejectReasons)})[1 + floor(random() * ${rejectReasons.length})::int] END,
      CASE WHEN random() < 0.1 THEN 'see thread, "context"' END,
      CASE WHEN by_rule THEN NULL ELSE 'mod-' || lpad((1 + floor(power(random(), 1.6) * 12))::int::text, 2, '0') END,
      CASE WHEN by_rule THEN 'rule' ELSE 'human' END, decided_at
    FROM (SELECT id, status, decided_at, random() < 0.3 AS by_rule FROM comments WHERE decided_at IS NOT NULL) d
    ORDER BY decided_at, id`);
  log(`  recreating ${indexDefs.length} indexes`);
  for (const def of indexDefs) await db.query(def);
  if (eventTrigger) await db.query('ALTER TABLE comments ENABLE TRIGGER comments_b_created_event');
  // Identity columns continue after the generated ids.
  for (const t of ['articles', 'authors', 'comments', 'decisions']) {
    await db.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM ${t}))`);
  }
  await db.query('DROP TABLE g');
  const check = await db.query<{ counted: string; kept: string }>(
    'SELECT (SELECT COUNT(*) FROM comments) AS counted, (SELECT COALESCE(SUM(n), 0) FROM comment_counts) AS kept',
  );
  if (Number(check.rows[0]?.counted) !== n || Number(check.rows[0]?.kept) !== n) throw new Error(`bench data: ${JSON.stringify(check.rows[0])}, expected ${n}`);
  log('  VACUUM ANALYZE');
  await db.query('VACUUM ANALYZE');
  return { startMs, endMs, comments: n, seconds: (performance.now() - started) / 1000 };
}
