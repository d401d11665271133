import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** SQLite file, `:memory:` for throwaway runs. */
  dbPath: string;
  /** When set (postgres://...), PostgreSQL is used instead of SQLite. */
  databaseUrl: string | null;
  /** Load the demo data set into an empty database. */
  demo: boolean;
  /** Largest accepted request body, in bytes (JSON and imports alike are streamed past this for imports). */
  bodyLimit: number;
  /** Largest file accepted by POST /api/import, in bytes. */
  importLimit: number;
  logLevel: string;
  /** Directory of the built client, served when present. */
  clientDir: string;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  const root = path.resolve(import.meta.dirname, '../..');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dbPath: env.SIFT_DB ?? path.join(root, 'data', 'sift.db'),
    databaseUrl: env.DATABASE_URL?.startsWith('postgres') ? env.DATABASE_URL : null,
    demo: argv.includes('--no-demo') ? false : bool(env.SIFT_DEMO, true),
    bodyLimit: Number(env.SIFT_BODY_LIMIT ?? 2 * 1024 * 1024),
    importLimit: Number(env.SIFT_IMPORT_LIMIT ?? 1024 * 1024 * 1024),
    logLevel: env.LOG_LEVEL ?? 'info',
    clientDir: env.SIFT_CLIENT_DIR ?? path.join(root, 'dist', 'client'),
  };
}
