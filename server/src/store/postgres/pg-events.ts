import type { Scores } from '@sift/shared';
import type pg from 'pg';
import type { EventStore, RescoreStore, StoredEvent } from '../moderation-store';
import { flagMask } from '../sqlite/rows';
import { withTransaction } from './pg-pool';
import { lockEventLog } from './pg-locks';

interface EventRow {
  id: number;
  type: string;
  payload: string;
  at: number;
}

/** The live event log shared by every server on the database, and score updates. */
export class PgEvents implements EventStore, RescoreStore {
  constructor(private readonly pool: pg.Pool) {}

  async appendEvent(type: string, payload: Record<string, unknown>, at: number): Promise<number> {
    // The id is drawn by the insert trigger (under the event-log lock).
    const { rows } = await this.pool.query<{ id: number }>('INSERT INTO events (id, type, payload, at) VALUES (0, $1, $2, $3) RETURNING id', [
      type,
      JSON.stringify(payload),
      at,
    ]);
    return rows[0]!.id;
  }

  async eventsAfter(afterId: number, limit: number): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>('SELECT * FROM events WHERE id > $1 ORDER BY id LIMIT $2', [afterId, limit]);
    return rows.map((r) => ({ id: r.id, type: r.type, payload: JSON.parse(r.payload) as Record<string, unknown>, at: r.at }));
  }

  async latestEventId(): Promise<number> {
    // The newest committed event; after pruning everything, the sequence
    // remembers the last id handed out (ids are never reused).
    const { rows } = await this.pool.query<{ id: number }>(
      `SELECT COALESCE((SELECT MAX(id) FROM events), (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM events_id_seq)) AS id`,
    );
    return rows[0]?.id ?? 0;
  }

  async pruneEvents(before: number): Promise<number> {
    return (await this.pool.query('DELETE FROM events WHERE at < $1', [before])).rowCount ?? 0;
  }

  async commentBodiesAfter(afterId: number, limit: number) {
    const { rows } = await this.pool.query<{ id: number; body: string }>('SELECT id, body FROM comments WHERE id > $1 ORDER BY id LIMIT $2', [
      afterId,
      limit,
    ]);
    return rows;
  }

  async updateScores(rows: { id: number; scores: Scores }[]): Promise<void> {
    if (!rows.length) return;
    await withTransaction(this.pool, async (c) => {
      await lockEventLog(c);
      await c.query(
        `UPDATE comments c SET scores = u.scores, scorer_version = u.scorer_version, priority = u.priority, compound = u.compound,
           sentiment_label = u.sentiment_label, flag_mask = u.flag_mask
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[], $7::integer[])
           AS u(id, scores, scorer_version, priority, compound, sentiment_label, flag_mask)
         WHERE c.id = u.id`,
        [
          rows.map((r) => r.id),
          rows.map((r) => JSON.stringify(r.scores)),
          rows.map((r) => r.scores.scorerVersion),
          rows.map((r) => r.scores.priority),
          rows.map((r) => r.scores.sentiment.compound),
          rows.map((r) => r.scores.sentiment.label),
          rows.map((r) => flagMask(r.scores)),
        ],
      );
      await c.query("INSERT INTO events (id, type, payload, at) VALUES (0, 'counts.changed', '{}', $1)", [Date.now()]);
    });
  }
}
