// Ingest figures of the foundation: SqliteStore.insertComments in batches of
// 1,000 next to a raw prepared-insert loop into the same schema (same run,
// so the ratio is what to read), and CSV file import through ImportService.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createApp } from '../../server/src/app';
import { silentLogger } from '../../server/src/logger';
import { csvRows } from '../../server/src/import/row-streams';
import { openDatabase } from '../../server/src/store/sqlite/database';
import { SqliteStore } from '../../server/src/store/sqlite/sqlite-store';
import type { NewComment } from '../../server/src/store/store';
import { TEST_AUTH } from '../../server/src/test/test-app';
import type { BenchRow } from './bench-table';
import { INGEST_AUTHORS, INGEST_BATCH, RAW_COMMENT_COLUMNS, ingestComments, ingestRateRows, rawCommentValues, storeIngestRate } from './ingest-comments';

function tempDir(): { dir: string; done: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-bench-'));
  return { dir, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** One prepared INSERT per comment into the same schema (same indexes and triggers), authors made up front. */
function rawRate(file: string, inputs: NewComment[]): number {
  const db = openDatabase(file, { synchronous: 'NORMAL' });
  try {
    db.prepare('INSERT INTO articles (id, title, created_at) VALUES (1, ?, 0)').run('Bench');
    const authorIds = new Map<string, number>();
    db.transaction(() => {
      const ins = db.prepare('INSERT INTO authors (author_key, external_id, name) VALUES (?, ?, ?)');
      for (const c of inputs.slice(0, INGEST_AUTHORS)) authorIds.set(c.author.externalId ?? '', Number(ins.run(`id:${c.author.externalId}`, c.author.externalId, c.author.name).lastInsertRowid));
    })();
    const insert = db.prepare(`INSERT INTO comments (${RAW_COMMENT_COLUMNS}) VALUES (?, 1, ?, ?, ?, ?, 'pending', ?, 'bench', ?, ?, ?, ?)`);
    const start = performance.now();
    for (let i = 0; i < inputs.length; i += INGEST_BATCH) {
      db.transaction(() => {
        for (const c of inputs.slice(i, i + INGEST_BATCH)) insert.run(...rawCommentValues(c, authorIds));
      })();
    }
    return inputs.length / ((performance.now() - start) / 1000);
  } finally {
    db.close();
  }
}

export async function runIngestBench(opts: { comments: number; log: (s: string) => void }): Promise<BenchRow[]> {
  const n = opts.comments;
  const rows: BenchRow[] = [];
  const tmp = tempDir();
  try {
    // Through the store: author resolution, idempotency check, score columns, read-back of each comment.
    const store = new SqliteStore(path.join(tmp.dir, 'store.db'), { synchronous: 'NORMAL' });
    const { article } = await store.upsertArticle({ title: 'Bench' });
    const inputs = ingestComments(n, article.id);
    const storeRate = await storeIngestRate(store, inputs);
    await store.close();
    rows.push(...ingestRateRows('SqliteStore.insertComments', 'prepared insert', n, storeRate, rawRate(path.join(tmp.dir, 'raw.db'), inputs), opts.log));

    // File import: a generated CSV through ImportService.importRows (no scorer: storage path only).
    const importStore = new SqliteStore(path.join(tmp.dir, 'import.db'), { synchronous: 'NORMAL' });
    const app = createApp({ store: importStore, logger: silentLogger, scorer: null, auth: TEST_AUTH });
    const lines = ['id,article_title,author,body,created_at'];
    for (let i = 0; i < n; i++) lines.push(`imp-${i},Article ${i % 50},user ${i % 3000},"Imported comment ${i}, with a comma and ""quotes""",2024-01-01T00:00:00Z`);
    const csv = `${lines.join('\n')}\n`;
    const start = performance.now();
    const summary = await app.locals.imports.importRows(csvRows(Readable.from([csv])));
    const importRate = summary.commentsCreated / ((performance.now() - start) / 1000);
    await importStore.close();
    rows.push({ name: `import: CSV file via ImportService.importRows (${n.toLocaleString('en-GB')} rows, no scorer)`, value: importRate, unit: 'comments/s', note: `${summary.commentsCreated} created, ${summary.invalid} invalid` });
  } finally {
    tmp.done();
  }
  return rows;
}
