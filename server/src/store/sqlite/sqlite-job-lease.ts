import path from 'node:path';
import type { JobLease, LeaseResult } from '../store';

// One SQLite file is used from one machine, and Sift runs one server process
// per file: an in-process set of running jobs is the whole lease. Keyed by
// file, so two stores opened on the same file (tests) share it.
const running = new Set<string>();
// Never aborts: the lease cannot be lost while the process lives.
const neverLost: JobLease = { signal: new AbortController().signal };

let memoryStores = 0;

/** What leases are scoped to: the database file, or one in-memory database. */
export function sqliteLeaseScope(file: string): string {
  return file === ':memory:' || file === '' ? `:memory:#${++memoryStores}` : path.resolve(file);
}

export async function runExclusiveInProcess<T>(scope: string, job: string, fn: (lease: JobLease) => Promise<T>): Promise<LeaseResult<T>> {
  const key = `${scope}\0${job}`;
  if (running.has(key)) return { ran: false };
  running.add(key);
  try {
    return { ran: true, value: await fn(neverLost) };
  } finally {
    running.delete(key);
  }
}
