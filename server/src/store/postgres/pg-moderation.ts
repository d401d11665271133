import type pg from 'pg';
import { bindModeration, type ModerationStore } from '../moderation-store';
import { PgQueue } from './pg-queue';
import { PgDecisions } from './pg-decisions';
import { PgSettings } from './pg-settings';
import { PgEvents } from './pg-events';

/** The moderation parts of the PostgreSQL store, as bound methods for PgStore to take on. */
export function pgModeration(pool: pg.Pool): ModerationStore {
  return bindModeration({
    queue: new PgQueue(pool),
    decisions: new PgDecisions(pool),
    settings: new PgSettings(pool),
    events: new PgEvents(pool),
  });
}
