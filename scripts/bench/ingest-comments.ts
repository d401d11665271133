// The comments both ingest benches write (SQLite and PostgreSQL), and the
// column values their raw inserts bind, so the two stores ingest the same rows
// and their figures read side by side.
import type { Scores } from '@sift/shared';
import type { NewComment } from '../../server/src/store/store';
import type { BenchRow } from './bench-table';
import { seededRandom } from './bench-db';

/** Comments per insertComments call, and per transaction of the raw insert. */
export const INGEST_BATCH = 1000;
/** Distinct authors among the generated comments. */
export const INGEST_AUTHORS = 5000;

/**
 * The columns the raw inserts fill, in the order of rawCommentValues;
 * the statement's remaining columns are constants (article 1, pending, scorer 'bench').
 */
export const RAW_COMMENT_COLUMNS = 'external_id, article_id, author_id, body, created_at, received_at, status, scores, scorer_version, priority, compound, sentiment_label, flag_mask';

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

/** `n` pending comments on one article, seeded so every run writes the same rows. */
export function ingestComments(n: number, articleId: number): NewComment[] {
  const rand = seededRandom(7);
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => ({
    externalId: `ing-${i}`,
    articleId,
    parentId: null,
    parentExternalId: null,
    author: { name: `author ${i % INGEST_AUTHORS}`, externalId: `a${i % INGEST_AUTHORS}` },
    body: `Comment number ${i}: the council should ${rand() < 0.5 ? 'never' : 'always'} fund the bridge, honestly.`,
    createdAt: now - (n - i) * 1000,
    receivedAt: now,
    status: 'pending',
    scores: sampleScores(rand),
    ruleDecision: null,
  }));
}

/**
 * The bound values of one raw comment insert: external id, author id, body,
 * created, received, scores JSON, priority, compound, label, flag mask.
 */
export function rawCommentValues(c: NewComment, authorIds: ReadonlyMap<string, number>): unknown[] {
  const s = c.scores as Scores;
  return [c.externalId, authorIds.get(c.author.externalId ?? '') ?? 1, c.body, c.createdAt, c.receivedAt, JSON.stringify(s), s.priority,
    s.sentiment.compound, s.sentiment.label, s.flags.length ? 2 : 0];
}

/** Comments per second of inserting `comments` through a store's insertComments, a batch at a time. */
export async function storeIngestRate(store: { insertComments(batch: NewComment[]): Promise<unknown> }, comments: NewComment[]): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < comments.length; i += INGEST_BATCH) await store.insertComments(comments.slice(i, i + INGEST_BATCH));
  return comments.length / ((performance.now() - start) / 1000);
}

/** The ingest figures of one store: through the store, raw, and the ratio (the figure with a target). */
export function ingestRateRows(storeCall: string, rawMethod: string, n: number, storeRate: number, rawRate: number, log: (s: string) => void): BenchRow[] {
  log(`  ingest: store ${Math.round(storeRate)}/s, raw ${Math.round(rawRate)}/s`);
  return [
    { name: `ingest: ${storeCall} (${n.toLocaleString('en-GB')} in batches of ${INGEST_BATCH})`, value: storeRate, unit: 'comments/s' },
    { name: `ingest: raw ${rawMethod}, same schema`, value: rawRate, unit: 'comments/s' },
    { name: 'ingest: store / raw', value: (storeRate / rawRate) * 100, unit: '%', target: { op: '>=', limit: 50 } },
  ];
}
