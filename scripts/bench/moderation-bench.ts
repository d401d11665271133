// The moderation benchmark on a generated 1,000,000-comment SQLite database:
// queue pages (first and deep), counts, every stats call, the report, the
// full CSV export (time to first byte, rows/s, peak RSS growth) and ingest.
// Run alone: npx tsx scripts/bench/moderation-bench.ts [--quick]
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { QueueQuery } from '@sift/shared';
import type { Router } from 'express';
import { createApp } from '../../server/src/app';
import { silentLogger } from '../../server/src/logger';
import { SqliteStore } from '../../server/src/store/sqlite/sqlite-store';
import { TEST_AUTH } from '../../server/src/test/test-app';
import { ensureBenchDb } from './bench-db';
import { printTable, timeMs, type BenchRow } from './bench-table';
import { timeDownload, warmUpExport, type ExportFigures } from './export-download';
import { runIngestBench } from './ingest-bench';
import { benchSizes, exportRows, modelCatchUpRows, queueCountRows, queuePageRows, statsAndReportRows, type ModerationBenchOptions } from './moderation-rows';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STATS_TARGET_MS = 100;
const QUEUE_TARGET_MS = 20;
const COUNTS_TARGET_MS = 50;

export type { ModerationBenchOptions };

interface QueueParts {
  routers: Router[];
  page: (q: QueueQuery) => Promise<unknown>;
  encodeCursor: (tag: string, values: number[]) => string;
}

/** The queue of the moderation module, when it is there; null otherwise. */
async function loadQueue(store: SqliteStore): Promise<QueueParts | null> {
  try {
    const { QueueService } = await import('../../server/src/queue/queue-service');
    const { queueRouter } = await import('../../server/src/queue/queue-router');
    const { encodeCursor } = await import('../../server/src/queue/keyset-cursor');
    const queue = new QueueService(store);
    return { routers: [queueRouter({ queue })], page: (q) => queue.page(q), encodeCursor };
  } catch {
    return null;
  }
}

/**
 * The export, served by a child process (sqlite-export-server.ts) so that the
 * peak RSS growth is the server's alone; this process is only the client.
 */
async function exportFromChild(dbFile: string, url: string): Promise<ExportFigures> {
  const child = fork(path.join(repoRoot, 'scripts/bench/sqlite-export-server.ts'), [dbFile], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const next = () => new Promise<Record<string, number>>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Record<string, number>));
    child.once('error', reject);
  });
  const { port } = await next();
  const base = `http://127.0.0.1:${port}`;
  await warmUpExport(base, url);
  child.send('start');
  await next();
  const download = await timeDownload(`${base}${url}`);
  child.send('stop');
  const { rssGrowthMb = Number.NaN } = await next();
  child.send('exit');
  await new Promise((r) => child.once('exit', r));
  return { ...download, rssGrowthMb };
}

export async function runModerationBench(opts: ModerationBenchOptions = {}): Promise<BenchRow[]> {
  const { comments: n, ingestComments } = benchSizes(opts);
  const log = (s: string) => console.log(s);
  log(`moderation bench: ${n.toLocaleString('en-GB')} comments (database cached in .bench/)`);
  const bench = ensureBenchDb(path.join(repoRoot, '.bench'), n, log);
  log(bench.generatedNow ? `  generated in ${bench.generationSeconds.toFixed(0)} s` : `  reusing ${path.basename(bench.file)}`);
  const store = new SqliteStore(bench.file, { synchronous: 'NORMAL' });
  const queue = await loadQueue(store);
  const app = createApp({ store, logger: silentLogger, scorer: null, auth: TEST_AUTH, routers: queue?.routers ?? [] });
  const range = { from: new Date(bench.startMs).toISOString(), to: new Date(bench.endMs).toISOString() };
  const rows: BenchRow[] = [];
  const target = { op: '<' as const, limit: STATS_TARGET_MS };
  const countsTarget = { op: '<' as const, limit: COUNTS_TARGET_MS };
  const queueTarget = { op: '<' as const, limit: QUEUE_TARGET_MS };

  rows.push(...(await modelCatchUpRows(app)));

  // Queue: first page and a page 50,000 rows deep (keyset cursor built from the 50,000th row).
  const deep = Math.min(50_000, Math.floor(n / 10));
  for (const [view, sort, key] of [['pending', 'priority', 'c.priority'], ['all', 'newest', 'c.created_at']] as const) {
    const where = view === 'pending' ? "c.status = 'pending'" : '1';
    const dir = 'DESC';
    const at = store.db.prepare(`SELECT ${key} AS k, c.id FROM comments c WHERE ${where} ORDER BY ${key} ${dir}, c.id ${dir} LIMIT 1 OFFSET ?`).get(deep - 1) as { k: number; id: number };
    if (queue) {
      const cursor = queue.encodeCursor(`queue:${sort}`, [at.k, at.id]);
      rows.push(...(await queuePageRows(app, queue.page, { view, sort, deep, cursor }, queueTarget)));
    } else {
      const page = store.db.prepare(`SELECT c.* FROM comments c WHERE ${where} AND (${key}, c.id) < (?, ?) ORDER BY ${key} DESC, c.id DESC LIMIT 50`);
      rows.push({ name: `queue ${view}/${sort}: keyset page after ${deep} rows (own SQL: no /api/queue)`, value: await timeMs(() => page.all(at.k, at.id)), unit: 'ms', target: queueTarget });
    }
  }
  if (queue) rows.push(...(await queueCountRows(app, range, countsTarget)));

  rows.push(...(await statsAndReportRows(store, app, range, { stats: target, report: target })));

  // The full CSV export over a real socket.
  const total = await store.countComments();
  const exp = await exportFromChild(bench.file, '/api/export/comments.csv');
  rows.push(...exportRows(total, exp));
  await store.close();

  rows.push(...(await runIngestBench({ comments: ingestComments, log })));
  printTable(`Moderation bench (${n.toLocaleString('en-GB')} comments, SQLite)`, rows);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await runModerationBench({ quick: process.argv.includes('--quick') });
}
