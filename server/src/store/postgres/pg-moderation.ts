import type pg from 'pg';
import type { ModerationStore } from '../moderation-store';
import { PgQueue } from './pg-queue';
import { PgDecisions } from './pg-decisions';
import { PgSettings } from './pg-settings';
import { PgEvents } from './pg-events';

/** The moderation parts of the PostgreSQL store, as bound methods for PgStore to take on. */
export function pgModeration(pool: pg.Pool): ModerationStore {
  const queue = new PgQueue(pool);
  const decisions = new PgDecisions(pool);
  const settings = new PgSettings(pool);
  const events = new PgEvents(pool);
  return {
    queuePage: queue.queuePage.bind(queue),
    countByStatusAndFlags: queue.countByStatusAndFlags.bind(queue),
    applyDecisions: decisions.applyDecisions.bind(decisions),
    decisionsForComment: decisions.decisionsForComment.bind(decisions),
    listDecisions: decisions.listDecisions.bind(decisions),
    currentSettings: settings.currentSettings.bind(settings),
    saveSettings: settings.saveSettings.bind(settings),
    pendingForPreview: settings.pendingForPreview.bind(settings),
    countPending: settings.countPending.bind(settings),
    appendAuditEvent: settings.appendAuditEvent.bind(settings),
    listAuditEvents: settings.listAuditEvents.bind(settings),
    appendEvent: events.appendEvent.bind(events),
    eventsAfter: events.eventsAfter.bind(events),
    latestEventId: events.latestEventId.bind(events),
    pruneEvents: events.pruneEvents.bind(events),
    commentBodiesAfter: events.commentBodiesAfter.bind(events),
    updateScores: events.updateScores.bind(events),
  };
}
