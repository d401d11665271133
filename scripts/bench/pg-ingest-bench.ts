// Ingest on PostgreSQL, as ingest-bench.ts does on SQLite: PgStore.insertComments
// in batches of 1,000 next to a raw multi-row INSERT loop into the same
// schema (same indexes and triggers), each on a fresh database, in the same
// run (the ratio is what to read).
import pg from 'pg';
import { PgStore } from '../../server/src/store/postgres/pg-store';
import type { BenchRow } from './bench-table';
import { INGEST_AUTHORS, INGEST_BATCH, RAW_COMMENT_COLUMNS, ingestComments, ingestRateRows, rawCommentValues, storeIngestRate } from './ingest-comments';
import type { PgBenchServer } from './pg-bench-server';

async function storeRate(url: string, n: number): Promise<number> {
  const store = await PgStore.open(url);
  try {
    const { article } = await store.upsertArticle({ title: 'Bench' });
    return await storeIngestRate(store, ingestComments(n, article.id));
  } finally {
    await store.close();
  }
}

/** One parameterised multi-row INSERT per 1,000 comments, authors made up front. */
async function rawRate(url: string, n: number): Promise<number> {
  await (await PgStore.open(url)).close();
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query("INSERT INTO articles (id, title, created_at) VALUES (1, 'Bench', 0)");
    const inputs = ingestComments(n, 1);
    await db.query(
      "INSERT INTO authors (author_key, external_id, name) SELECT 'id:a' || i, 'a' || i, 'author ' || i FROM generate_series(0, $1::int - 1) i",
      [INGEST_AUTHORS],
    );
    const authorIds = new Map((await db.query<{ id: string; external_id: string }>('SELECT id, external_id FROM authors')).rows.map((r) => [r.external_id, Number(r.id)]));
    const start = performance.now();
    for (let i = 0; i < n; i += INGEST_BATCH) {
      const params: unknown[] = [];
      const tuples = inputs.slice(i, i + INGEST_BATCH).map((c) => {
        const at = params.length;
        params.push(...rawCommentValues(c, authorIds));
        return `($${at + 1}, 1, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, 'pending', $${at + 6}, 'bench', $${at + 7}, $${at + 8}, $${at + 9}, $${at + 10})`;
      });
      await db.query(`INSERT INTO comments (${RAW_COMMENT_COLUMNS}) VALUES ${tuples.join(', ')}`, params);
    }
    return n / ((performance.now() - start) / 1000);
  } finally {
    await db.end();
  }
}

export async function runPgIngestBench(server: PgBenchServer, n: number, log: (s: string) => void): Promise<BenchRow[]> {
  const viaStore = await storeRate(await server.createDatabase('sift_bench_ingest_store'), n);
  const raw = await rawRate(await server.createDatabase('sift_bench_ingest_raw'), n);
  return ingestRateRows('PgStore.insertComments', 'multi-row INSERT (1,000 rows)', n, viaStore, raw, log);
}
