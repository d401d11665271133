import { afterEach, expect, it } from 'vitest';
import { describeStores, type StoreKind } from '../store/store-suite/describe-stores';
import type { Store } from '../store/store';
import { SqliteStore } from '../store/sqlite/sqlite-store';
import { tempDbPath } from '../test/test-app';
import { silentLogger } from '../logger';
import { EventHub, PRUNE_EVENTS_JOB } from './event-hub';

async function openStore(kind: StoreKind): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const db = tempDbPath();
    const store = new SqliteStore(db.file, { synchronous: 'NORMAL' });
    return { store, cleanup: async () => (await store.close(), db.cleanup()) };
  }
  const { openTestPgStore } = await import('../store/postgres/test-database');
  return openTestPgStore();
}

describeStores('event retention pruning under the job lease', (kind) => {
  let cleanup = async () => {};
  afterEach(() => cleanup());

  it('skips pruning while another holder has the lease, and prunes once it is free', async () => {
    const opened = await openStore(kind);
    const store = opened.store;
    const hub = new EventHub(store, silentLogger, { retentionMs: 1000, pruneEveryMs: 0 });
    cleanup = async () => {
      hub.close();
      await opened.cleanup();
    };
    await store.appendEvent('counts.changed', {}, Date.now() - 5000);
    await hub.subscribe({ send: () => {}, ping: () => {}, close: () => {} }, null);

    let release!: () => void;
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    // Another server (here: another holder of the same store's lease) is pruning.
    const other = store.runExclusive(PRUNE_EVENTS_JOB, async () => {
      entered();
      await new Promise<void>((r) => (release = r));
      return 'held';
    });
    await inside;
    await hub.poll();
    expect(await store.eventsAfter(0, 10)).toHaveLength(1);

    release();
    expect(await other).toEqual({ ran: true, value: 'held' });
    await hub.poll();
    expect(await store.eventsAfter(0, 10)).toEqual([]);
  });
});
