// The moderation benchmark on a generated 1,000,000-comment SQLite database:
// queue pages (first and deep), counts, every stats call, the report, the
// full CSV export (time to first byte, rows/s, peak RSS growth) and ingest.
// Run alone: npx tsx scripts/bench/moderation-bench.ts [--quick]
import { fork } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Router } from 'express';
import request from 'supertest';
import { createApp } from '../../server/src/app';
import { silentLogger } from '../../server/src/logger';
import { SqliteStore } from '../../server/src/store/sqlite/sqlite-store';
import { TEST_AUTH } from '../../server/src/test/test-app';
import { resolveStats } from '../../server/src/stats/stats-range';
import { StatsService } from '../../server/src/stats/stats-service';
import { ReportService } from '../../server/src/reports/report-service';
import { ensureBenchDb } from './bench-db';
import { printTable, timeMs, type BenchRow } from './bench-table';
import { runIngestBench } from './ingest-bench';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STATS_TARGET_MS = 100;
const COUNTS_TARGET_MS = 50;

export interface ModerationBenchOptions {
  /** 100,000 comments instead of 1,000,000 (smoke runs). */
  quick?: boolean;
  comments?: number;
  ingestComments?: number;
}

interface QueueParts {
  routers: Router[];
  page: (q: Record<string, string | number>) => Promise<unknown>;
  encodeCursor: (tag: string, values: number[]) => string;
}

/** The queue of the moderation module, when it is there; null otherwise. */
async function loadQueue(store: SqliteStore): Promise<QueueParts | null> {
  try {
    const { QueueService } = await import('../../server/src/queue/queue-service');
    const { queueRouter } = await import('../../server/src/queue/queue-router');
    const { encodeCursor } = await import('../../server/src/queue/keyset-cursor');
    const queue = new QueueService(store);
    return { routers: [queueRouter({ queue })], page: (q) => queue.page(q as never), encodeCursor };
  } catch {
    return null;
  }
}

function get(url: string, onChunk: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      res.on('data', onChunk);
      res.on('end', resolve);
      res.on('error', reject);
    }).on('error', reject);
  });
}

/**
 * The export, served by a child process (sqlite-export-server.ts) so that the
 * peak RSS growth is the server's alone; this process is only the client.
 */
async function exportFromChild(dbFile: string, url: string) {
  const child = fork(path.join(repoRoot, 'scripts/bench/sqlite-export-server.ts'), [dbFile], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const next = () => new Promise<Record<string, number>>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Record<string, number>));
    child.once('error', reject);
  });
  const { port } = await next();
  const base = `http://127.0.0.1:${port}`;
  // Warm up (code paths, settings) before the baseline.
  await get(`${base}/api/health`, () => undefined);
  await get(`${base}${url}?from=2999-01-01T00:00:00.000Z`, () => undefined);
  child.send('start');
  await next();
  const start = performance.now();
  let firstByte = 0;
  let bytes = 0;
  await get(`${base}${url}`, (chunk) => {
    if (!firstByte) firstByte = performance.now() - start;
    bytes += chunk.length;
  });
  const total = performance.now() - start;
  child.send('stop');
  const { rssGrowthMb = Number.NaN } = await next();
  child.send('exit');
  await new Promise((r) => child.once('exit', r));
  return { firstByte, total, bytes, rssGrowthMb };
}

export async function runModerationBench(opts: ModerationBenchOptions = {}): Promise<BenchRow[]> {
  const n = opts.comments ?? (opts.quick ? 100_000 : 1_000_000);
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

  // Queue: first page and a page 50,000 rows deep (keyset cursor built from the 50,000th row).
  const deep = Math.min(50_000, Math.floor(n / 10));
  for (const [view, sort, key] of [['pending', 'priority', 'c.priority'], ['all', 'newest', 'c.created_at']] as const) {
    const where = view === 'pending' ? "c.status = 'pending'" : '1';
    const dir = 'DESC';
    const at = store.db.prepare(`SELECT ${key} AS k, c.id FROM comments c WHERE ${where} ORDER BY ${key} ${dir}, c.id ${dir} LIMIT 1 OFFSET ?`).get(deep - 1) as { k: number; id: number };
    if (queue) {
      const cursor = queue.encodeCursor(`queue:${sort}`, [at.k, at.id]);
      rows.push({ name: `queue ${view}/${sort}: first page of 50 (service)`, value: await timeMs(() => queue.page({ view, sort, limit: 50 })), unit: 'ms', target });
      rows.push({ name: `queue ${view}/${sort}: page after ${deep.toLocaleString('en-GB')} rows (service)`, value: await timeMs(() => queue.page({ view, sort, limit: 50, cursor })), unit: 'ms', target });
      rows.push({ name: `queue ${view}/${sort}: first page via HTTP`, value: await timeMs(() => request(app).get('/api/queue').query({ view, sort, limit: 50 })), unit: 'ms', target });
    } else {
      const page = store.db.prepare(`SELECT c.* FROM comments c WHERE ${where} AND (${key}, c.id) < (?, ?) ORDER BY ${key} DESC, c.id DESC LIMIT 50`);
      rows.push({ name: `queue ${view}/${sort}: keyset page after ${deep} rows (own SQL: no /api/queue)`, value: await timeMs(() => page.all(at.k, at.id)), unit: 'ms', target });
    }
  }
  if (queue) {
    rows.push({ name: 'queue counts (all views and flags) via HTTP', value: await timeMs(() => request(app).get('/api/queue/counts')), unit: 'ms', target: countsTarget });
    rows.push({ name: 'queue counts, filtered by time range via HTTP', value: await timeMs(() => request(app).get('/api/queue/counts').query(range)), unit: 'ms', target: countsTarget });
  }

  // Stats: each call through the service (server time), and one through HTTP.
  const stats = new StatsService(store);
  const calls: [string, Record<string, string>, (r: ReturnType<typeof resolveStats>) => Promise<unknown>][] = [
    ['sentiment-distribution', range, (r) => stats.sentimentDistribution(r)],
    ['sentiment-over-time (day, Europe/Berlin)', { ...range, tz: 'Europe/Berlin' }, (r) => stats.sentimentOverTime(r)],
    ['sentiment-over-time (hour)', { ...range, bucket: 'hour' }, (r) => stats.sentimentOverTime(r)],
    ['flags-over-time (day)', range, (r) => stats.flagsOverTime(r)],
    ['decisions-over-time (day)', range, (r) => stats.decisionsOverTime(r)],
    ['articles', range, (r) => stats.articles(r)],
    ['moderators', range, (r) => stats.moderators(r)],
    ['sentiment-over-time, flag=insult', { ...range, flag: 'insult' }, (r) => stats.sentimentOverTime(r)],
    ['articles, one article', { ...range, articleId: '1' }, (r) => stats.articles(r)],
  ];
  for (const [name, query, call] of calls) {
    rows.push({ name: `stats ${name}`, value: await timeMs(() => call(resolveStats(query))), unit: 'ms', target });
  }
  rows.push({ name: 'stats sentiment-over-time via HTTP', value: await timeMs(() => request(app).get('/api/stats/sentiment-over-time').query(range)), unit: 'ms', target });
  const reports = new ReportService(store);
  rows.push({ name: 'report summary (JSON, whole period)', value: await timeMs(() => reports.summary(reports.parse(range)), 1), unit: 'ms', target });

  // The full CSV export over a real socket.
  const total = await store.countComments();
  const exp = await exportFromChild(bench.file, '/api/export/comments.csv');
  rows.push({ name: `export CSV of ${total.toLocaleString('en-GB')}: time to first byte`, value: exp.firstByte, unit: 'ms', target: { op: '<', limit: 1000 } });
  rows.push({ name: 'export CSV: total time', value: exp.total / 1000, unit: 's', note: `${(exp.bytes / 1024 / 1024).toFixed(0)} MB` });
  rows.push({ name: 'export CSV: rate', value: total / (exp.total / 1000), unit: 'rows/s' });
  rows.push({ name: 'export CSV: peak RSS growth', value: exp.rssGrowthMb, unit: 'MB', target: { op: '<', limit: 100 } });
  await store.close();

  rows.push(...(await runIngestBench({ comments: opts.ingestComments ?? (opts.quick ? 20_000 : 100_000), log })));
  printTable(`Moderation bench (${n.toLocaleString('en-GB')} comments, SQLite)`, rows);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await runModerationBench({ quick: process.argv.includes('--quick') });
}
