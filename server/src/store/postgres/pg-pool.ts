import pg from 'pg';

const INT8 = 20;
const NUMERIC = 1700;

// bigint and numeric arrive as strings by default. Sift's ids, times (epoch
// ms) and counts all fit in a double, and the API must print numbers exactly
// as the SQLite store does.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

export interface PoolOptions {
  /** Most connections this process opens; N servers open N times this. */
  max?: number;
  onError?: (err: Error) => void;
}

export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    types: types as pg.CustomTypesConfig,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: 'sift',
  });
  // An idle connection dropped by the server (restart, failover) must not
  // crash the process; the pool replaces it on the next query.
  pool.on('error', (err) => options.onError?.(err));
  return pool;
}

/** Runs `fn` in one transaction on one connection; rolls back on any error. */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch((e: Error) => (broken = e));
    throw err;
  } finally {
    client.release(broken);
  }
}

/** Unique violation, e.g. two servers inserting the same externalId at once. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23505';
}
