import type { Scores } from '@sift/shared';
import type { EventStore, RescoreStore, StoredEvent } from '../moderation-store';
import type { Db } from './database';
import { flagMask } from './rows';

interface EventRow {
  id: number;
  type: string;
  payload: string;
  at: number;
}

/** The live event log, and score updates (which announce themselves in it). */
export class SqliteEvents implements EventStore, RescoreStore {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      append: db.prepare<[string, string, number], unknown>('INSERT INTO events (type, payload, at) VALUES (?, ?, ?)'),
      after: db.prepare<[number, number], EventRow>('SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?'),
      // sqlite_sequence remembers the last id even when every event was pruned.
      latest: db.prepare<[], { id: number }>("SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0) AS id"),
      prune: db.prepare<[number], unknown>('DELETE FROM events WHERE at < ?'),
      bodies: db.prepare<[number, number], { id: number; body: string }>('SELECT id, body FROM comments WHERE id > ? ORDER BY id LIMIT ?'),
      updateScores: db.prepare(
        `UPDATE comments SET scores = @scores, scorer_version = @scorerVersion, priority = @priority, compound = @compound,
           sentiment_label = @sentimentLabel, flag_mask = @flagMask WHERE id = @id`,
      ),
    };
  }

  async appendEvent(type: string, payload: Record<string, unknown>, at: number): Promise<number> {
    return Number(this.stmts.append.run(type, JSON.stringify(payload), at).lastInsertRowid);
  }

  async eventsAfter(afterId: number, limit: number): Promise<StoredEvent[]> {
    return this.stmts.after.all(afterId, limit).map((r) => ({
      id: r.id,
      type: r.type,
      payload: JSON.parse(r.payload) as Record<string, unknown>,
      at: r.at,
    }));
  }

  async latestEventId(): Promise<number> {
    return this.stmts.latest.get()?.id ?? 0;
  }

  async pruneEvents(before: number): Promise<number> {
    return this.stmts.prune.run(before).changes;
  }

  async commentBodiesAfter(afterId: number, limit: number) {
    return this.stmts.bodies.all(afterId, limit);
  }

  async updateScores(rows: { id: number; scores: Scores }[]): Promise<void> {
    const tx = this.db.transaction(() => {
      for (const { id, scores } of rows) {
        this.stmts.updateScores.run({
          id,
          scores: JSON.stringify(scores),
          scorerVersion: scores.scorerVersion,
          priority: scores.priority,
          compound: scores.sentiment.compound,
          sentimentLabel: scores.sentiment.label,
          flagMask: flagMask(scores),
        });
      }
      if (rows.length) this.stmts.append.run('counts.changed', '{}', Date.now());
    });
    tx.immediate();
  }
}
