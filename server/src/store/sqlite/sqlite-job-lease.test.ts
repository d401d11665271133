import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store';
import { tempDbPath } from '../../test/test-app';

describe('SqliteStore.runExclusive', () => {
  const opened: { close: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
  });

  it('runs one job of a name at a time per database file, and frees the lease after success or failure', async () => {
    const db = tempDbPath();
    const a = new SqliteStore(db.file);
    const b = new SqliteStore(db.file);
    const other = new SqliteStore(tempDbPath().file);
    opened.push(a, b, other);
    let release!: () => void;
    const held = a.runExclusive('rescore', () => new Promise<string>((r) => (release = () => r('a'))));
    expect(await b.runExclusive('rescore', async () => 'b')).toEqual({ ran: false });
    expect(await b.runExclusive('prune-events', async () => 'other job')).toEqual({ ran: true, value: 'other job' });
    expect(await other.runExclusive('rescore', async () => 'other file')).toEqual({ ran: true, value: 'other file' });
    release();
    expect(await held).toEqual({ ran: true, value: 'a' });
    await expect(b.runExclusive('rescore', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await a.runExclusive('rescore', async (lease) => lease.signal.aborted)).toEqual({ ran: true, value: false });
  });
});
