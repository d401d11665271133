import type { PgMigration } from './index';
import { COMMENT_CUBES, DECISION_GRAINS, DURATION_GRAINS, type CubeSpec } from '../../../stats/rollup/rollup-spec';

// The rollups of SQLite migration 006 (see there and stats/rollup/rollup-spec.ts),
// kept by statement-level triggers: one grouped upsert per cube and statement,
// from the transition tables, so a batch insert touches each slot row once.

const TEXT = new Set(['status', 'sentiment_label', 'moderator_id', 'source', 'to_status', 'reason']);

/** Per-row expressions over a row `r` with columns as in comments. */
const EXPR: Record<string, string> = {
  status: 'r.status',
  sentiment_label: "COALESCE(r.sentiment_label, '')",
  flag_mask: 'r.flag_mask',
  article_id: 'r.article_id',
  // As the histogram scan in pg-stats.ts.
  compound_bin: 'CASE WHEN r.compound IS NULL THEN -1 ELSE GREATEST(0, LEAST(19, floor((r.compound + 1) * 10::float8)::integer)) END',
  n: '1',
  scored: '(r.compound IS NOT NULL)::int',
  sum_compound: 'COALESCE(r.compound, 0)',
  by_rule: "(r.status <> 'pending' AND r.last_decided_by_rule = 1)::int",
  flagged: '(r.flag_mask <> 0)::int',
  rejected: "(r.status = 'rejected')::int",
};
const COLS = ['created_at', 'status', 'sentiment_label', 'flag_mask', 'compound', 'article_id', 'last_decided_by_rule'];

function createCube(cube: CubeSpec): string {
  return `CREATE TABLE ${cube.table} (
  grain bigint NOT NULL, slot bigint NOT NULL,
  ${cube.dims.map((d) => `${d} ${TEXT.has(d) ? 'text' : 'bigint'} NOT NULL`).join(', ')},
  ${cube.measures.map((m) => `${m} ${m === 'sum_compound' ? 'double precision' : 'bigint'} NOT NULL`).join(', ')},
  PRIMARY KEY (grain, slot, ${cube.dims.join(', ')})
);`;
}

/** Grouped upsert of signed rows (`sign`, comment columns) from `source` into a cube. */
function upsertCube(cube: CubeSpec, source: string, weight: string): string {
  const grains = cube.grains.map((g) => `(${g}::bigint)`).join(', ');
  return `INSERT INTO ${cube.table} AS t (grain, slot, ${[...cube.dims, ...cube.measures].join(', ')})
    SELECT g.grain, (r.created_at / g.grain) * g.grain, ${cube.dims.map((d) => EXPR[d]).join(', ')},
      ${cube.measures.map((m) => `SUM(${weight} * ${EXPR[m]})`).join(', ')}
    FROM (${source}) r CROSS JOIN (VALUES ${grains}) g(grain)
    GROUP BY 1, 2, ${cube.dims.map((_, i) => i + 3).join(', ')}
    ON CONFLICT (grain, slot, ${cube.dims.join(', ')}) DO UPDATE SET ${cube.measures.map((m) => `${m} = t.${m} + excluded.${m}`).join(', ')};`;
}

const changed = `(${COLS.map((c) => `o.${c}`).join(', ')}) IS DISTINCT FROM (${COLS.map((c) => `n.${c}`).join(', ')})`;
const SOURCES = {
  INSERT: `SELECT 1 AS sign, ${COLS.join(', ')} FROM new_rows`,
  DELETE: `SELECT -1 AS sign, ${COLS.join(', ')} FROM old_rows`,
  UPDATE: `SELECT 1 AS sign, ${COLS.map((c) => `n.${c}`).join(', ')} FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${changed}
      UNION ALL SELECT -1, ${COLS.map((c) => `o.${c}`).join(', ')} FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ${changed}`,
};

const branch = (op: keyof typeof SOURCES) => COMMENT_CUBES.map((c) => upsertCube(c, SOURCES[op], 'r.sign')).join('\n    ');

const SECONDS_BIN = (secs: string) => `CASE WHEN ${secs} <= 1 THEN 0 ELSE 1 + trunc(ln(${secs}) / ln(2::float8) * 8)::integer END`;
const grainValues = (grains: number[]) => grains.map((g) => `(${g}::bigint)`).join(', ');

function decisionUpserts(source: string): string {
  return `INSERT INTO decision_rollup AS t (grain, slot, to_status, source, moderator_id, reason, n)
    SELECT g.grain, (d.at / g.grain) * g.grain, d.to_status, d.source, COALESCE(d.moderator_id, ''), COALESCE(d.reason, ''), COUNT(*)
    FROM ${source} d CROSS JOIN (VALUES ${grainValues(DECISION_GRAINS)}) g(grain) GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (grain, slot, to_status, source, moderator_id, reason) DO UPDATE SET n = t.n + excluded.n;
  INSERT INTO decision_time_rollup AS t (grain, slot, moderator_id, source, seconds_bin, n)
    SELECT g.grain, (d.at / g.grain) * g.grain, d.moderator_id, d.source, ${SECONDS_BIN('((d.at - c.received_at) / 1000.0)::float8')}, COUNT(*)
    FROM ${source} d JOIN comments c ON c.id = d.comment_id CROSS JOIN (VALUES ${grainValues(DURATION_GRAINS)}) g(grain)
    WHERE d.moderator_id IS NOT NULL AND d.to_status IN ('approved', 'rejected', 'escalated') GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (grain, slot, moderator_id, source, seconds_bin) DO UPDATE SET n = t.n + excluded.n;`;
}

export const rollupsMigration: PgMigration = {
  version: 6,
  name: 'rollups',
  sql: `
ALTER TABLE comments ADD COLUMN last_decided_by_rule integer NOT NULL DEFAULT 0;
UPDATE comments c SET last_decided_by_rule = 1 FROM (
  SELECT DISTINCT ON (comment_id) comment_id, source FROM decisions ORDER BY comment_id, id DESC) x
WHERE x.comment_id = c.id AND x.source = 'rule';

CREATE INDEX decisions_moderator_at ON decisions (moderator_id, at);
-- The report's most negative comments: ORDER BY compound, id DESC walks this, not a sort of every comment.
CREATE INDEX comments_compound_notable ON comments (compound, id DESC) WHERE compound IS NOT NULL;

${COMMENT_CUBES.map(createCube).join('\n')}
CREATE TABLE decision_rollup (
  grain bigint NOT NULL, slot bigint NOT NULL, to_status text NOT NULL, source text NOT NULL,
  moderator_id text NOT NULL, reason text NOT NULL, n bigint NOT NULL,
  PRIMARY KEY (grain, slot, to_status, source, moderator_id, reason)
);
CREATE TABLE decision_time_rollup (
  grain bigint NOT NULL, slot bigint NOT NULL, moderator_id text NOT NULL, source text NOT NULL,
  seconds_bin integer NOT NULL, n bigint NOT NULL,
  PRIMARY KEY (grain, slot, moderator_id, source, seconds_bin)
);

-- Backfill: the same grouped upserts as the triggers, over the whole tables.
${COMMENT_CUBES.map((c) => upsertCube(c, `SELECT ${COLS.join(', ')} FROM comments`, '1')).join('\n')}
${decisionUpserts('decisions')}

CREATE FUNCTION sift_comment_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    ${branch('INSERT')}
  ELSIF TG_OP = 'UPDATE' THEN
    ${branch('UPDATE')}
  ELSE
    ${branch('DELETE')}
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER comments_c_rollups_insert AFTER INSERT ON comments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sift_comment_rollups();
CREATE TRIGGER comments_c_rollups_update AFTER UPDATE ON comments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sift_comment_rollups();
CREATE TRIGGER comments_c_rollups_delete AFTER DELETE ON comments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sift_comment_rollups();

CREATE FUNCTION sift_decision_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE comments c SET last_decided_by_rule = (x.source = 'rule')::int FROM (
    SELECT DISTINCT ON (comment_id) comment_id, source FROM new_rows ORDER BY comment_id, id DESC) x
  WHERE c.id = x.comment_id AND c.last_decided_by_rule <> (x.source = 'rule')::int;
  ${decisionUpserts('new_rows')}
  RETURN NULL;
END $$;
CREATE TRIGGER decisions_rollups AFTER INSERT ON decisions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sift_decision_rollups();
`,
};
