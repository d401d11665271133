import type { Queryable } from './pg-pool';

// Advisory lock keys. The first number is "sift" in ASCII; the second names the lock.
const SIFT = 1936287348;

/**
 * Serialises the transactions that write to the event log (ingest, decisions,
 * score updates) across every server until commit. Taken first thing in
 * those transactions so that they never wait for it while holding row locks
 * (no deadlocks), and so that event ids become visible in id order (the
 * `events` insert trigger takes the same lock; see migration 002).
 */
export async function lockEventLog(db: Queryable): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(${SIFT}, 1)`);
}

/** Lock ids for leases on background jobs (one server runs each). */
export const jobLockKey = (job: number): [number, number] => [SIFT, 100 + job];
