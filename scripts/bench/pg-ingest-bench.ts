// Ingest on PostgreSQL, as ingest-bench.ts does on SQLite: PgStore.insertComments
// in batches of 1,000 next to a raw multi-row INSERT loop into the same
// schema (same indexes and triggers), each on a fresh database, in the same
// run (the ratio is what to read).
import type { Scores } from '@sift/shared';
import pg from 'pg';
import { PgStore } from '../../server/src/store/postgres/pg-store';
import type { NewComment } from '../../server/src/store/store';
import type { BenchRow } from './bench-table';
import { seededRandom } from './bench-db';
import type { PgBenchServer } from './pg-bench-server';

const BATCH = 1000;
const AUTHORS = 5000;

function sampleScores(rand: () => number): Scores {
  const compound = rand() * 2 - 1;
  return {
    scorerVersion: 'bench',
    sentiment: { score: compound * 4, compound, label: compound >= 0.05 ? 'positive' : compound <= -0.05 ? 'negative' : 'neutral', contributions: [] },
    flags: rand() < 0.15 ? [{ category: 'insult', severity: 'medium', confidence: 0.8, spans: [{ start: 0, end: 5 }], reason: 'insult' }] : [],
    priority: rand(),
    priorityReasons: [],
  };
}

/** The same comments as ingest-bench.ts makes for SQLite. */
function newComments(n: number, articleId: number): NewComment[] {
  const rand = seededRandom(7);
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => ({
    externalId: `ing-${i}`,
    articleId,
    parentId: null,
    parentExternalId: null,
    author: { name: `author ${i % AUTHORS}`, externalId: `a${i % AUTHORS}` },
    body: `Comment number ${i}: the council should ${rand() < 0.5 ? 'never' : 'always'} fund the bridge, honestly.`,
    createdAt: now - (n - i) * 1000,
    receivedAt: now,
    status: 'pending',
    scores: sampleScores(rand),
    ruleDecision: null,
  }));
}

async function storeRate(url: string, n: number): Promise<number> {
  const store = await PgStore.open(url);
  try {
    const { article } = await store.upsertArticle({ title: 'Bench' });
    const inputs = newComments(n, article.id);
    const start = performance.now();
    for (let i = 0; i < n; i += BATCH) await store.insertComments(inputs.slice(i, i + BATCH));
    return n / ((performance.now() - start) / 1000);
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
    const inputs = newComments(n, 1);
    await db.query(
      "INSERT INTO authors (author_key, external_id, name) SELECT 'id:a' || i, 'a' || i, 'author ' || i FROM generate_series(0, $1::int - 1) i",
      [AUTHORS],
    );
    const authorIds = new Map((await db.query<{ id: string; external_id: string }>('SELECT id, external_id FROM authors')).rows.map((r) => [r.external_id, Number(r.id)]));
    const start = performance.now();
    for (let i = 0; i < n; i += BATCH) {
      const batch = inputs.slice(i, i + BATCH);
      const params: unknown[] = [];
      const tuples = batch.map((c) => {
        const s = c.scores as Scores;
        const at = params.length;
        params.push(c.externalId, authorIds.get(c.author.externalId ?? '') ?? 1, c.body, c.createdAt, c.receivedAt, JSON.stringify(s), s.priority,
          s.sentiment.compound, s.sentiment.label, s.flags.length ? 2 : 0);
        return `($${at + 1}, 1, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, 'pending', $${at + 6}, 'bench', $${at + 7}, $${at + 8}, $${at + 9}, $${at + 10})`;
      });
      await db.query(
        `INSERT INTO comments (external_id, article_id, author_id, body, created_at, received_at, status, scores, scorer_version, priority, compound, sentiment_label, flag_mask)
         VALUES ${tuples.join(', ')}`,
        params,
      );
    }
    return n / ((performance.now() - start) / 1000);
  } finally {
    await db.end();
  }
}

export async function runPgIngestBench(server: PgBenchServer, n: number, log: (s: string) => void): Promise<BenchRow[]> {
  const viaStore = await storeRate(await server.createDatabase('sift_bench_ingest_store'), n);
  const raw = await rawRate(await server.createDatabase('sift_bench_ingest_raw'), n);
  log(`  ingest: store ${Math.round(viaStore)}/s, raw ${Math.round(raw)}/s`);
  return [
    { name: `ingest: PgStore.insertComments (${n.toLocaleString('en-GB')} in batches of ${BATCH})`, value: viaStore, unit: 'comments/s' },
    { name: 'ingest: raw multi-row INSERT (1,000 rows), same schema', value: raw, unit: 'comments/s' },
    { name: 'ingest: store / raw', value: (viaStore / raw) * 100, unit: '%', target: { op: '>=', limit: 50 } },
  ];
}
