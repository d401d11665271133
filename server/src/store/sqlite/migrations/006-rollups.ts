import type { SqliteMigration } from './index';
import { COMMENT_CUBES, DECISION_GRAINS, DURATION_GRAINS, type CubeSpec } from '../../../stats/rollup/rollup-spec';

// Rollups for the stats, reports and time-range counts: per UTC time slot
// (15 minutes, hours, days: every real time zone's hours and days are whole
// 15-minute slots) the comments and decisions are counted by the dimensions
// the filters use, so a chart over a month reads a few thousand rows instead
// of a million. Triggers keep them in the transaction of every insert,
// rescore, decision and undo; the migration backfills them (finest grain
// from the tables, coarser grains from the finest).

type Row = 'new' | 'old';

const SLOT = (row: Row, col: string, grain: number) => `(${row}.${col} / ${grain}) * ${grain}`;

/** The SQLite expression of each comment dimension and measure, for trigger row `r`. */
function commentExpr(r: Row): Record<string, string> {
  return {
    status: `${r}.status`,
    sentiment_label: `COALESCE(${r}.sentiment_label, '')`,
    flag_mask: `${r}.flag_mask`,
    article_id: `${r}.article_id`,
    // Same expression as the histogram scan (sqlite-stats.ts), so rollup and scan bin alike.
    compound_bin: `CASE WHEN ${r}.compound IS NULL THEN -1 ELSE MAX(0, MIN(19, CAST((${r}.compound + 1) * 10 + 1e-9 AS INTEGER))) END`,
    n: '1',
    scored: `(${r}.compound IS NOT NULL)`,
    sum_compound: `COALESCE(${r}.compound, 0)`,
    by_rule: `(${r}.status != 'pending' AND ${r}.last_decided_by_rule = 1)`,
    flagged: `(${r}.flag_mask != 0)`,
    rejected: `(${r}.status = 'rejected')`,
  };
}

function upsert(cube: CubeSpec, r: Row, sign: 1 | -1): string {
  const e = commentExpr(r);
  const neg = (x: string) => (sign === 1 ? x : `-(${x})`);
  return cube.grains
    .map((g) => {
      const cols = ['grain', 'slot', ...cube.dims, ...cube.measures];
      const values = [String(g), SLOT(r, 'created_at', g), ...cube.dims.map((d) => e[d] ?? d), ...cube.measures.map((m) => neg(e[m] ?? m))];
      return `INSERT INTO ${cube.table} (${cols.join(', ')}) VALUES (${values.join(', ')})
    ON CONFLICT (grain, slot, ${cube.dims.join(', ')}) DO UPDATE SET ${cube.measures.map((m) => `${m} = ${m} + excluded.${m}`).join(', ')};`;
    })
    .join('\n  ');
}

function createCube(cube: CubeSpec): string {
  const real = new Set(['sum_compound']);
  const text = new Set(['status', 'sentiment_label', 'moderator_id', 'source', 'to_status', 'reason']);
  return `CREATE TABLE ${cube.table} (
  grain INTEGER NOT NULL, slot INTEGER NOT NULL,
  ${cube.dims.map((d) => `${d} ${text.has(d) ? 'TEXT' : 'INTEGER'} NOT NULL`).join(', ')},
  ${cube.measures.map((m) => `${m} ${real.has(m) ? 'REAL' : 'INTEGER'} NOT NULL`).join(', ')},
  PRIMARY KEY (grain, slot, ${cube.dims.join(', ')})
) WITHOUT ROWID;`;
}

function backfillCube(cube: CubeSpec): string {
  const e = commentExpr('c' as Row);
  const [fine, ...coarser] = cube.grains;
  const dims = cube.dims.map((d) => e[d] ?? d);
  const agg = cube.measures.map((m) => (m === 'sum_compound' ? `TOTAL(${e[m]})` : `SUM(${e[m]})`));
  const lines = [
    `INSERT INTO ${cube.table} (grain, slot, ${[...cube.dims, ...cube.measures].join(', ')})
  SELECT ${fine}, ${SLOT('c' as Row, 'created_at', fine ?? 0)}, ${[...dims, ...agg].join(', ')} FROM comments c GROUP BY 2, ${dims.map((_, i) => i + 3).join(', ')};`,
  ];
  for (const g of coarser) {
    lines.push(`INSERT INTO ${cube.table} (grain, slot, ${[...cube.dims, ...cube.measures].join(', ')})
  SELECT ${g}, (slot / ${g}) * ${g}, ${cube.dims.join(', ')}, ${cube.measures.map((m) => (m === 'sum_compound' ? `TOTAL(${m})` : `SUM(${m})`)).join(', ')}
  FROM ${cube.table} WHERE grain = ${fine} GROUP BY 2, ${cube.dims.join(', ')};`);
  }
  return lines.join('\n');
}

const CHANGED = ['status', 'flag_mask', 'compound', 'sentiment_label', 'created_at', 'article_id', 'last_decided_by_rule'];

/** Seconds to decision in log-spaced bins: 0 for up to 1 s, then 8 bins per doubling (see rollup-spec.ts). */
const SECONDS_BIN = (secs: string) => `CASE WHEN ${secs} <= 1 THEN 0 ELSE 1 + CAST(log2(${secs}) * 8 AS INTEGER) END`;

const decisionUpserts = DECISION_GRAINS.map(
  (g) => `INSERT INTO decision_rollup (grain, slot, to_status, source, moderator_id, reason, n)
    VALUES (${g}, ${SLOT('new', 'at', g)}, new.to_status, new.source, COALESCE(new.moderator_id, ''), COALESCE(new.reason, ''), 1)
    ON CONFLICT (grain, slot, to_status, source, moderator_id, reason) DO UPDATE SET n = n + 1;`,
).join('\n  ');

const durationUpserts = DURATION_GRAINS.map(
  (g) => `INSERT INTO decision_time_rollup (grain, slot, moderator_id, source, seconds_bin, n)
    SELECT ${g}, ${SLOT('new', 'at', g)}, new.moderator_id, new.source, ${SECONDS_BIN('(new.at - c.received_at) / 1000.0')}, 1
    FROM comments c WHERE c.id = new.comment_id AND new.moderator_id IS NOT NULL AND new.to_status IN ('approved', 'rejected', 'escalated')
    ON CONFLICT (grain, slot, moderator_id, source, seconds_bin) DO UPDATE SET n = n + 1;`,
).join('\n  ');

function durationBackfill(): string {
  const [fine, ...coarser] = DURATION_GRAINS;
  return [
    `INSERT INTO decision_time_rollup (grain, slot, moderator_id, source, seconds_bin, n)
  SELECT ${fine}, (d.at / ${fine}) * ${fine}, d.moderator_id, d.source, ${SECONDS_BIN('(d.at - c.received_at) / 1000.0')}, COUNT(*)
  FROM decisions d JOIN comments c ON c.id = d.comment_id
  WHERE d.moderator_id IS NOT NULL AND d.to_status IN ('approved', 'rejected', 'escalated') GROUP BY 2, 3, 4, 5;`,
    ...coarser.map(
      (g) => `INSERT INTO decision_time_rollup (grain, slot, moderator_id, source, seconds_bin, n)
  SELECT ${g}, (slot / ${g}) * ${g}, moderator_id, source, seconds_bin, SUM(n) FROM decision_time_rollup WHERE grain = ${fine} GROUP BY 2, 3, 4, 5;`,
    ),
  ].join('\n');
}

function decisionBackfill(): string {
  const [fine, ...coarser] = DECISION_GRAINS;
  return [
    `INSERT INTO decision_rollup (grain, slot, to_status, source, moderator_id, reason, n)
  SELECT ${fine}, (at / ${fine}) * ${fine}, to_status, source, COALESCE(moderator_id, ''), COALESCE(reason, ''), COUNT(*) FROM decisions GROUP BY 2, 3, 4, 5, 6;`,
    ...coarser.map(
      (g) => `INSERT INTO decision_rollup (grain, slot, to_status, source, moderator_id, reason, n)
  SELECT ${g}, (slot / ${g}) * ${g}, to_status, source, moderator_id, reason, SUM(n) FROM decision_rollup WHERE grain = ${fine} GROUP BY 2, 3, 4, 5, 6;`,
    ),
  ].join('\n');
}

export const rollupsMigration: SqliteMigration = {
  version: 6,
  name: 'rollups',
  sql: `
-- Whether the comment's latest decision was made by a rule (the report's
-- "decided by rule"), kept by the decision trigger below.
ALTER TABLE comments ADD COLUMN last_decided_by_rule INTEGER NOT NULL DEFAULT 0;
UPDATE comments SET last_decided_by_rule = 1 WHERE id IN (
  SELECT d.comment_id FROM decisions d WHERE d.source = 'rule' AND d.id = (SELECT MAX(x.id) FROM decisions x WHERE x.comment_id = d.comment_id));

-- Exact medians for moderators with few decisions in a window.
CREATE INDEX decisions_moderator_at ON decisions (moderator_id, at);
-- The report's most negative comments: ORDER BY compound, id DESC walks this, not a sort of every comment.
CREATE INDEX comments_compound_notable ON comments (compound, id DESC) WHERE compound IS NOT NULL;

${COMMENT_CUBES.map(createCube).join('\n')}
CREATE TABLE decision_rollup (
  grain INTEGER NOT NULL, slot INTEGER NOT NULL, to_status TEXT NOT NULL, source TEXT NOT NULL,
  moderator_id TEXT NOT NULL, reason TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (grain, slot, to_status, source, moderator_id, reason)
) WITHOUT ROWID;
CREATE TABLE decision_time_rollup (
  grain INTEGER NOT NULL, slot INTEGER NOT NULL, moderator_id TEXT NOT NULL, source TEXT NOT NULL,
  seconds_bin INTEGER NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (grain, slot, moderator_id, source, seconds_bin)
) WITHOUT ROWID;

${COMMENT_CUBES.map(backfillCube).join('\n')}
${decisionBackfill()}
${durationBackfill()}

CREATE TRIGGER comments_rollup_insert AFTER INSERT ON comments BEGIN
  ${COMMENT_CUBES.map((c) => upsert(c, 'new', 1)).join('\n  ')}
END;
CREATE TRIGGER comments_rollup_update AFTER UPDATE OF ${CHANGED.join(', ')} ON comments
WHEN ${CHANGED.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ')} BEGIN
  ${COMMENT_CUBES.map((c) => upsert(c, 'old', -1)).join('\n  ')}
  ${COMMENT_CUBES.map((c) => upsert(c, 'new', 1)).join('\n  ')}
END;
CREATE TRIGGER comments_rollup_delete AFTER DELETE ON comments BEGIN
  ${COMMENT_CUBES.map((c) => upsert(c, 'old', -1)).join('\n  ')}
END;
CREATE TRIGGER decisions_rollup_insert AFTER INSERT ON decisions BEGIN
  UPDATE comments SET last_decided_by_rule = (new.source = 'rule')
    WHERE id = new.comment_id AND last_decided_by_rule != (new.source = 'rule');
  ${decisionUpserts}
  ${durationUpserts}
END;
`,
};
