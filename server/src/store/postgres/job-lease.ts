import { createHash } from 'node:crypto';
import type pg from 'pg';

export type LeaseResult<T> = { ran: true; value: T } | { ran: false };

/** A stable 32-bit lock id per job name. */
function jobKey(job: string): number {
  return createHash('sha256').update(job).digest().readInt32BE(0);
}

/**
 * Runs `fn` only if no other server is running the job of that name, by
 * holding a session advisory lock (pg_try_advisory_lock) on one pooled
 * connection for the job's duration. Another server asking meanwhile gets
 * `{ ran: false }` at once; the lock goes when the job ends or when the
 * server holding it dies (its connection closes).
 */
export async function runExclusive<T>(pool: pg.Pool, job: string, fn: () => Promise<T>): Promise<LeaseResult<T>> {
  const client = await pool.connect();
  const key = jobKey(job);
  try {
    const got = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(1936287349, $1) AS ok', [key]);
    if (!got.rows[0]?.ok) return { ran: false };
    try {
      return { ran: true, value: await fn() };
    } finally {
      await client.query('SELECT pg_advisory_unlock(1936287349, $1)', [key]);
    }
  } finally {
    client.release();
  }
}
