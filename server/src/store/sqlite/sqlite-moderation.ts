import type { ModerationStore } from '../moderation-store';
import type { Db } from './database';
import { SqliteQueue } from './sqlite-queue';
import { SqliteDecisions } from './sqlite-decisions';
import { SqliteSettings } from './sqlite-settings';
import { SqliteEvents } from './sqlite-events';

/** The moderation parts of the SQLite store, as one object of bound methods for SqliteStore to take on. */
export function sqliteModeration(db: Db): ModerationStore {
  const queue = new SqliteQueue(db);
  const decisions = new SqliteDecisions(db);
  const settings = new SqliteSettings(db);
  const events = new SqliteEvents(db);
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
