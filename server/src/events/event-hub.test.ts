import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/sqlite-store';
import { tempDbPath } from '../test/test-app';
import { silentLogger } from '../logger';
import { EventHub, type HubMessage } from './event-hub';

function recorder() {
  const messages: HubMessage[] = [];
  let pings = 0;
  let closed = false;
  return {
    messages,
    get pings() { return pings; },
    get closed() { return closed; },
    client: { send: (m: HubMessage) => void messages.push(m), ping: () => void pings++, close: () => void (closed = true) },
  };
}

const until = async (pred: () => boolean) => {
  for (let i = 0; i < 250 && !pred(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(pred()).toBe(true);
};

describe('EventHub', () => {
  let db: ReturnType<typeof tempDbPath>;
  let store: SqliteStore;
  let hub: EventHub;

  beforeEach(() => {
    db = tempDbPath();
    store = new SqliteStore(db.file, { synchronous: 'NORMAL' });
  });
  afterEach(async () => {
    hub.close();
    await store.close();
    db.cleanup();
  });

  it('catches a client up across several batches, in order, then delivers live events once', async () => {
    hub = new EventHub(store, silentLogger, { pollMs: 10, batch: 2 });
    for (let i = 0; i < 5; i++) await store.appendEvent('counts.changed', { n: i }, Date.now());
    const r = recorder();
    const watcher = recorder();
    await hub.subscribe(watcher.client, null);
    await hub.subscribe(r.client, 1);
    expect(r.messages.map((m) => m.id)).toEqual([2, 3, 4, 5]);
    await store.appendEvent('counts.changed', { n: 5 }, Date.now());
    await until(() => r.messages.length === 5 && watcher.messages.length === 1);
    expect(r.messages.map((m) => m.id)).toEqual([2, 3, 4, 5, 6]);
    expect(watcher.messages[0]).toEqual({ id: 6, event: { type: 'counts.changed', n: 5 } });
  });

  it('sends heartbeats, prunes old events (ids are never reused) and closes clients on close()', async () => {
    hub = new EventHub(store, silentLogger, { pollMs: 10, heartbeatMs: 20, retentionMs: 1000, pruneEveryMs: 0 });
    await store.appendEvent('counts.changed', {}, Date.now() - 5000);
    const r = recorder();
    await hub.subscribe(r.client, null);
    await until(() => r.pings >= 2);
    await hub.poll();
    expect(await store.eventsAfter(0, 10)).toEqual([]);
    expect(await store.latestEventId()).toBe(1);
    expect(await store.appendEvent('counts.changed', {}, Date.now())).toBe(2);
    hub.close();
    expect(r.closed).toBe(true);
    expect(hub.clientCount).toBe(0);
  });
});
