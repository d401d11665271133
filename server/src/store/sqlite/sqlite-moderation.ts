import { bindModeration, type ModerationStore } from '../moderation-store';
import type { Db } from './database';
import { SqliteQueue } from './sqlite-queue';
import { SqliteDecisions } from './sqlite-decisions';
import { SqliteSettings } from './sqlite-settings';
import { SqliteEvents } from './sqlite-events';

/** The moderation parts of the SQLite store, as one object of bound methods for SqliteStore to take on. */
export function sqliteModeration(db: Db): ModerationStore {
  return bindModeration({
    queue: new SqliteQueue(db),
    decisions: new SqliteDecisions(db),
    settings: new SqliteSettings(db),
    events: new SqliteEvents(db),
  });
}
