// Ingest figures of the foundation: SqliteStore.insertComments in batches of
// 1,000 next to a raw prepared-insert loop into the same schema (same run,
// so the ratio is what to read), and CSV file import through ImportService.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Scores } from '@sift/shared';
import { createApp } from '../../server/src/app';
import { silentLogger } from '../../server/src/logger';
import { csvRows } from '../../server/src/import/row-streams';
import { openDatabase } from '../../server/src/store/sqlite/database';
import { SqliteStore } from '../../server/src/store/sqlite/sqlite-store';
import type { NewComment } from '../../server/src/store/store';
import { TEST_AUTH } from '../../server/src/test/test-app';
import type { BenchRow } from './bench-table';
import { seededRandom } from './bench-db';

const BATCH = 1000;

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

function newComments(n: number, articleId: number): NewComment[] {
  const rand = seededRandom(7);
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => ({
    externalId: `ing-${i}`,
    articleId,
    parentId: null,
    parentExternalId: null,
    author: { name: `author ${i % 5000}`, externalId: `a${i % 5000}` },
    body: `Comment number ${i}: the council should ${rand() < 0.5 ? 'never' : 'always'} fund the bridge, honestly.`,
    createdAt: now - (n - i) * 1000,
    receivedAt: now,
    status: 'pending',
    scores: sampleScores(rand),
    ruleDecision: null,
  }));
}

function tempDir(): { dir: string; done: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-bench-'));
  return { dir, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function runIngestBench(opts: { comments: number; log: (s: string) => void }): Promise<BenchRow[]> {
  const n = opts.comments;
  const rows: BenchRow[] = [];
  const tmp = tempDir();
  try {
    // Through the store: author resolution, idempotency check, score columns, read-back of each comment.
    const store = new SqliteStore(path.join(tmp.dir, 'store.db'), { synchronous: 'NORMAL' });
    const { article } = await store.upsertArticle({ title: 'Bench' });
    const inputs = newComments(n, article.id);
    let start = performance.now();
    for (let i = 0; i < n; i += BATCH) await store.insertComments(inputs.slice(i, i + BATCH));
    const storeRate = n / ((performance.now() - start) / 1000);
    await store.close();

    // Raw: one prepared INSERT per comment into the same schema (same indexes and triggers), authors made up front.
    const db = openDatabase(path.join(tmp.dir, 'raw.db'), { synchronous: 'NORMAL' });
    db.prepare('INSERT INTO articles (id, title, created_at) VALUES (1, ?, 0)').run('Bench');
    const authorIds = new Map<string, number>();
    db.transaction(() => {
      const ins = db.prepare('INSERT INTO authors (author_key, external_id, name) VALUES (?, ?, ?)');
      for (const c of inputs.slice(0, 5000)) authorIds.set(c.author.externalId ?? '', Number(ins.run(`id:${c.author.externalId}`, c.author.externalId, c.author.name).lastInsertRowid));
    })();
    const insert = db.prepare(
      `INSERT INTO comments (external_id, article_id, author_id, body, created_at, received_at, status, scores, scorer_version, priority, compound, sentiment_label, flag_mask)
       VALUES (?, 1, ?, ?, ?, ?, 'pending', ?, 'bench', ?, ?, ?, ?)`,
    );
    start = performance.now();
    for (let i = 0; i < n; i += BATCH) {
      db.transaction(() => {
        for (const c of inputs.slice(i, i + BATCH)) {
          const s = c.scores as Scores;
          insert.run(c.externalId, authorIds.get(c.author.externalId ?? '') ?? 1, c.body, c.createdAt, c.receivedAt, JSON.stringify(s), s.priority,
            s.sentiment.compound, s.sentiment.label, s.flags.length ? 2 : 0);
        }
      })();
    }
    const rawRate = n / ((performance.now() - start) / 1000);
    db.close();
    rows.push({ name: `ingest: SqliteStore.insertComments (${n.toLocaleString('en-GB')} in batches of ${BATCH})`, value: storeRate, unit: 'comments/s' });
    rows.push({ name: 'ingest: raw prepared insert, same schema', value: rawRate, unit: 'comments/s' });
    rows.push({ name: 'ingest: store / raw', value: (storeRate / rawRate) * 100, unit: '%', target: { op: '>=', limit: 50 } });
    opts.log(`  ingest: store ${Math.round(storeRate)}/s, raw ${Math.round(rawRate)}/s`);

    // File import: a generated CSV through ImportService.importRows (no scorer: storage path only).
    const importStore = new SqliteStore(path.join(tmp.dir, 'import.db'), { synchronous: 'NORMAL' });
    const app = createApp({ store: importStore, logger: silentLogger, scorer: null, auth: TEST_AUTH });
    const lines = ['id,article_title,author,body,created_at'];
    for (let i = 0; i < n; i++) lines.push(`imp-${i},Article ${i % 50},user ${i % 3000},"Imported comment ${i}, with a comma and ""quotes""",2024-01-01T00:00:00Z`);
    const csv = `${lines.join('\n')}\n`;
    start = performance.now();
    const summary = await app.locals.imports.importRows(csvRows(Readable.from([csv])));
    const importRate = summary.commentsCreated / ((performance.now() - start) / 1000);
    await importStore.close();
    rows.push({ name: `import: CSV file via ImportService.importRows (${n.toLocaleString('en-GB')} rows, no scorer)`, value: importRate, unit: 'comments/s', note: `${summary.commentsCreated} created, ${summary.invalid} invalid` });
  } finally {
    tmp.done();
  }
  return rows;
}
