import type {
  AuditEvent,
  Comment,
  CommentFilters,
  CommentStatus,
  Decision,
  DecisionResult,
  QueueItem,
  QueueSort,
  Scores,
} from '@sift/shared';

// Storage parts of the moderation workflow; `Store` extends them all. Every
// method is async and dialect-neutral: times are epoch milliseconds.

/** A position in a queue order: the sort key of the last row seen and its id. */
export interface QueueKey {
  key: number;
  id: number;
}

export interface QueuePageRequest {
  filters: CommentFilters;
  sort: QueueSort;
  /** Rows strictly after this position in the order; null for the first page. */
  after: QueueKey | null;
  limit: number;
}

export interface StoredQueuePage {
  items: QueueItem[];
  /** Position of the last item, when there are more rows after it. */
  next: QueueKey | null;
}

/** Comments per status and exact flag mask; the service folds these into views and categories. */
export interface StatusFlagCount {
  status: CommentStatus;
  flagMask: number;
  n: number;
}

export interface QueueStore {
  queuePage(req: QueuePageRequest): Promise<StoredQueuePage>;
  /** Counts for the filters, ignoring `filters.view`. */
  countByStatusAndFlags(filters: CommentFilters): Promise<StatusFlagCount[]>;
}

/** What one decision does to one comment. */
export interface DecisionChange {
  commentId: number;
  expectedVersion: number;
  toStatus: CommentStatus;
  reason: string | null;
  note: string | null;
  moderatorId: string | null;
  source: 'human' | 'rule';
  at: number;
  undoOf?: number | null;
}

export interface DecisionConflict {
  commentId: number;
  /** null when the comment does not exist. */
  current: Comment | null;
  lastDecision: Decision | null;
}

export type ApplyDecisionsResult = { ok: true; decided: DecisionResult[] } | { ok: false; conflicts: DecisionConflict[] };

export interface DecisionFilter {
  commentId?: number;
  moderatorId?: string;
  source?: 'human' | 'rule';
  toStatus?: CommentStatus;
  from?: number;
  to?: number;
  /** Newest first: only decisions with a smaller id. */
  beforeId?: number;
  limit: number;
}

export interface DecisionStore {
  /**
   * Applies every change in one transaction, each only if the comment still
   * has `expectedVersion`; when any is stale or missing nothing is applied
   * and every conflict is returned. Each applied change appends to the
   * decision log and the event log.
   */
  applyDecisions(changes: DecisionChange[]): Promise<ApplyDecisionsResult>;
  /** A comment's decisions, oldest first. */
  decisionsForComment(commentId: number): Promise<Decision[]>;
  /** The decision log, newest first. */
  listDecisions(filter: DecisionFilter): Promise<Decision[]>;
}

export interface StoredSettings {
  settings: unknown;
  version: number;
  updatedAt: number;
  updatedBy: string | null;
}

export interface NewAuditEvent {
  at: number;
  actor: string | null;
  action: string;
  details: Record<string, unknown>;
}

export interface SettingsStore {
  /** The newest saved settings version; null before the first save. */
  currentSettings(): Promise<StoredSettings | null>;
  /**
   * Saves a new version when the current one is `expectedVersion` (0: none
   * yet), together with its audit event; null (nothing saved) when stale.
   */
  saveSettings(next: { settings: unknown; expectedVersion: number; at: number; updatedBy: string | null }, audit: NewAuditEvent): Promise<StoredSettings | null>;
  /** Pending comments, highest priority first, for a settings preview. */
  pendingForPreview(limit: number): Promise<{ id: number; body: string }[]>;
  countPending(): Promise<number>;
}

export interface AuditEventStore {
  appendAuditEvent(event: NewAuditEvent): Promise<AuditEvent>;
  /** Newest first. */
  listAuditEvents(q: { action?: string; beforeId?: number; limit: number }): Promise<AuditEvent[]>;
}

export interface StoredEvent {
  id: number;
  type: string;
  payload: Record<string, unknown>;
  at: number;
}

export interface EventStore {
  appendEvent(type: string, payload: Record<string, unknown>, at: number): Promise<number>;
  /** Events with id > afterId, oldest first. */
  eventsAfter(afterId: number, limit: number): Promise<StoredEvent[]>;
  /** 0 when the log is empty. */
  latestEventId(): Promise<number>;
  /** Deletes events older than `before`; returns how many. */
  pruneEvents(before: number): Promise<number>;
}

export interface RescoreStore {
  /** Comments by id, for re-scoring in batches. */
  commentBodiesAfter(afterId: number, limit: number): Promise<{ id: number; body: string }[]>;
  /** Replaces the scores (not the status) of each comment, in one transaction. */
  updateScores(rows: { id: number; scores: Scores }[]): Promise<void>;
}

export interface ModerationStore extends QueueStore, DecisionStore, SettingsStore, AuditEventStore, EventStore, RescoreStore {}

/** One dialect's moderation parts, each a class of its own. */
export interface ModerationParts {
  queue: QueueStore;
  decisions: DecisionStore;
  settings: SettingsStore & AuditEventStore;
  events: EventStore & RescoreStore;
}

/** The moderation parts as one object of bound methods, for a store class to take on. */
export function bindModeration({ queue, decisions, settings, events }: ModerationParts): ModerationStore {
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
