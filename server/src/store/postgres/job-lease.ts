import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { JobLease, LeaseResult } from '../store';

export type { LeaseResult } from '../store';

/** A stable 32-bit lock id per job name. */
function jobKey(job: string): number {
  return createHash('sha256').update(job).digest().readInt32BE(0);
}

/**
 * Runs `fn` only if no other server is running the job of that name, by
 * holding a session advisory lock (pg_try_advisory_lock) on one pooled
 * connection for the job's duration. Another server asking meanwhile gets
 * `{ ran: false }` at once; the lock goes when the job ends or when the
 * server holding it dies (its connection closes). When the lock's
 * connection is lost while the job runs, `lease.signal` aborts: another
 * server may take the job over, so this one should stop.
 */
export async function runExclusive<T>(pool: pg.Pool, job: string, fn: (lease: JobLease) => Promise<T>): Promise<LeaseResult<T>> {
  const client = await pool.connect();
  const key = jobKey(job);
  const lost = new AbortController();
  let broken: Error | undefined;
  // A checked-out client has no error listener of the pool's: without this
  // one, a dropped connection would crash the process.
  const onError = (err: Error) => {
    broken = err;
    lost.abort(new Error(`lost the lease on job "${job}": ${err.message}`));
  };
  client.on('error', onError);
  try {
    const got = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(1936287349, $1) AS ok', [key]);
    if (!got.rows[0]?.ok) return { ran: false };
    try {
      return { ran: true, value: await fn({ signal: lost.signal }) };
    } finally {
      // A dead connection has already dropped the lock.
      if (!broken) await client.query('SELECT pg_advisory_unlock(1936287349, $1)', [key]).catch((err: Error) => (broken = err));
    }
  } finally {
    client.removeListener('error', onError);
    client.release(broken);
  }
}
