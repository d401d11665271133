// The PostgreSQL server the bench runs on: DATABASE_URL when set (its role
// needs CREATEDB: the bench makes its own databases and drops them), or a
// throwaway cluster started for this run.
import pg from 'pg';
import { findPgBinDir, startTestCluster } from '../../server/src/store/postgres/test-cluster';

export interface PgBenchServer {
  /** What the bench runs on, for the report. */
  label: string;
  /** A new empty database; its URL. Dropped by `stop()`. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startPgBenchServer(): Promise<PgBenchServer> {
  const given = process.env.DATABASE_URL;
  let adminUrl: string;
  let stopCluster = () => {};
  let label: string;
  if (given) {
    adminUrl = given;
    label = `DATABASE_URL (${new URL(given).host})`;
  } else {
    if (!findPgBinDir()) throw new Error('no PostgreSQL server binaries (apt-get install postgresql) and DATABASE_URL is not set');
    const cluster = await startTestCluster();
    adminUrl = cluster.adminUrl;
    stopCluster = () => cluster.stop();
    label = `throwaway cluster on port ${cluster.port} (fsync off)`;
  }
  const made: string[] = [];
  return {
    label,
    async createDatabase(name) {
      const db = `${name}_${process.pid}`;
      await admin(adminUrl, `DROP DATABASE IF EXISTS ${db}`);
      await admin(adminUrl, `CREATE DATABASE ${db}`);
      made.push(db);
      return withDatabase(adminUrl, db);
    },
    async stop() {
      for (const db of made) await admin(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
      stopCluster();
    },
  };
}
