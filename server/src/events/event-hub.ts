import type { SiftEvent } from '@sift/shared';
import type { EventStore, StoredEvent } from '../store/moderation-store';
import type { JobLeases } from '../store/store';
import type { Logger } from '../logger';

/** What a connected client receives: logged events carry their id; derived ones (counts.changed after a batch) none. */
export interface HubMessage {
  id: number | null;
  event: SiftEvent;
}

export interface HubClient {
  send(message: HubMessage): void;
  ping(): void;
  close(): void;
}

interface Subscription {
  client: HubClient;
  /** Highest event id sent to this client. */
  cursor: number;
  live: boolean;
}

export interface EventHubOptions {
  pollMs?: number;
  heartbeatMs?: number;
  retentionMs?: number;
  pruneEveryMs?: number;
  batch?: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** The lease name: one server prunes the shared event log at a time. */
export const PRUNE_EVENTS_JOB = 'prune-events';

/**
 * Tails the table-backed event log for every connected client of this
 * process: one poller, however many clients. Because the log is in the
 * database, every server process sees the events of the others, and a client
 * that reconnects with its last event id is sent exactly what it missed.
 */
export class EventHub {
  private readonly subs = new Set<Subscription>();
  private last: number | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private polling = false;
  private lastPrune = 0;
  private closed = false;
  private readonly opts: Required<EventHubOptions>;

  constructor(
    private readonly store: EventStore & JobLeases,
    private readonly logger: Logger,
    options: EventHubOptions = {},
  ) {
    this.opts = { pollMs: 250, heartbeatMs: 15_000, retentionMs: 7 * DAY, pruneEveryMs: 60 * 60 * 1000, batch: 500, ...options };
  }

  get clientCount(): number {
    return this.subs.size;
  }

  /**
   * Sends the client every event after `lastEventId` (none when null: it
   * starts from now), then the live ones. Returns the unsubscribe function.
   */
  async subscribe(client: HubClient, lastEventId: number | null): Promise<() => void> {
    if (this.closed) {
      client.close();
      return () => {};
    }
    this.last ??= await this.store.latestEventId();
    // An id from the future (the database was reset) counts as "from now".
    const sub: Subscription = { client, cursor: Math.min(lastEventId ?? this.last, this.last), live: false };
    this.subs.add(sub);
    this.start();
    const unsubscribe = () => {
      this.subs.delete(sub);
      if (this.subs.size === 0) this.stop();
    };
    try {
      // Catch up until nothing is left that the poller has already passed.
      while (this.subs.has(sub) && sub.cursor < (this.last ?? 0)) {
        const events = await this.store.eventsAfter(sub.cursor, this.opts.batch);
        if (!events.length) break;
        for (const e of events) this.deliver(sub, e);
      }
      sub.live = true;
    } catch (err) {
      this.logger.error({ err }, 'live events: catching up a client failed');
      unsubscribe();
      client.close();
    }
    return unsubscribe;
  }

  /** Ends every stream and stops polling (server shutdown). */
  close(): void {
    this.closed = true;
    this.stop();
    for (const sub of this.subs) sub.client.close();
    this.subs.clear();
  }

  /** One poll, exposed for tests. */
  async poll(): Promise<void> {
    if (this.polling || this.last === null) return;
    this.polling = true;
    try {
      let changed = false;
      for (;;) {
        const events = await this.store.eventsAfter(this.last, this.opts.batch);
        for (const e of events) {
          this.last = e.id;
          if (e.type === 'comment.created' || e.type === 'comment.decided') changed = true;
          for (const sub of this.subs) if (sub.live) this.deliver(sub, e);
        }
        if (events.length < this.opts.batch) break;
      }
      if (changed) this.broadcast({ id: null, event: { type: 'counts.changed' } });
      await this.pruneNow();
    } catch (err) {
      this.logger.error({ err }, 'live events: polling the event log failed');
    } finally {
      this.polling = false;
    }
  }

  private async pruneNow(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPrune < this.opts.pruneEveryMs) return;
    this.lastPrune = now;
    // Every server polls the same log; the lease keeps them from deleting the same rows at once.
    const pruned = await this.store.runExclusive(PRUNE_EVENTS_JOB, () => this.store.pruneEvents(now - this.opts.retentionMs));
    if (pruned.ran && pruned.value) this.logger.info({ removed: pruned.value }, 'pruned old live events');
  }

  private deliver(sub: Subscription, e: StoredEvent): void {
    if (e.id <= sub.cursor) return;
    sub.cursor = e.id;
    this.safely(sub, () => sub.client.send({ id: e.id, event: { ...e.payload, type: e.type } as SiftEvent }));
  }

  private broadcast(message: HubMessage): void {
    for (const sub of this.subs) if (sub.live) this.safely(sub, () => sub.client.send(message));
  }

  private safely(sub: Subscription, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.logger.warn({ err }, 'live events: dropping a client that failed');
      this.subs.delete(sub);
    }
  }

  private start(): void {
    if (this.pollTimer) return;
    this.pollTimer = setInterval(() => void this.poll(), this.opts.pollMs);
    this.heartbeatTimer = setInterval(() => {
      for (const sub of this.subs) this.safely(sub, () => sub.client.ping());
    }, this.opts.heartbeatMs);
    this.pollTimer.unref();
    this.heartbeatTimer.unref();
  }

  private stop(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.pollTimer = null;
    this.heartbeatTimer = null;
    // The next subscriber starts from the log's end again.
    this.last = null;
  }
}
