// The moderation benchmark on PostgreSQL: the same figures as
// moderation-bench.ts prints for SQLite (queue pages, counts, every stats
// call, the report, the full CSV export, ingest), so the two read side by
// side. Runs on DATABASE_URL when set, otherwise on a throwaway cluster.
// Run alone: npx tsx scripts/bench/postgres-bench.ts [--quick]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import request from 'supertest';
import { createApp } from '../../server/src/app';
import { silentLogger } from '../../server/src/logger';
import { PgStore } from '../../server/src/store/postgres/pg-store';
import { TEST_AUTH } from '../../server/src/test/test-app';
import { resolveStats } from '../../server/src/stats/stats-range';
import { StatsService } from '../../server/src/stats/stats-service';
import { ReportService } from '../../server/src/reports/report-service';
import { QueueService } from '../../server/src/queue/queue-service';
import { encodeCursor } from '../../server/src/queue/keyset-cursor';
import { printTable, timeMs, type BenchRow } from './bench-table';
import { startPgBenchServer } from './pg-bench-server';
import { generatePgBenchData } from './pg-bench-data';
import { runPgIngestBench } from './pg-ingest-bench';
import type { ExportFigures } from './pg-export-child';
import { printSideBySide, resultsFile, saveResults } from './pg-side-by-side';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const TARGET_MS = 100;
const QUEUE_TARGET_MS = 20;
const COUNTS_TARGET_MS = 50;

export interface PostgresBenchOptions {
  /** 100,000 comments instead of 1,000,000 (smoke runs). */
  quick?: boolean;
  comments?: number;
  ingestComments?: number;
}

/** The export, measured in a child process of its own. */
function exportInChild(url: string): Promise<ExportFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'pg-export-child.ts'), url], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').findLast((l) => l.startsWith('{'));
      if (code !== 0 || !line) reject(new Error(`export child failed (${code}):\n${out}`));
      else resolve(JSON.parse(line) as ExportFigures);
    });
  });
}

export async function runPostgresBench(opts: PostgresBenchOptions = {}): Promise<BenchRow[]> {
  const n = opts.comments ?? (opts.quick ? 100_000 : 1_000_000);
  const log = (s: string) => console.log(s);
  const server = await startPgBenchServer();
  log(`postgres bench: ${n.toLocaleString('en-GB')} comments on ${server.label}`);
  const rows: BenchRow[] = [];
  try {
    const ingestN = opts.ingestComments ?? (opts.quick ? 20_000 : 100_000);
    const ingestRows = await runPgIngestBench(server, ingestN, log);

    const url = await server.createDatabase('sift_bench');
    const store = await PgStore.open(url, { max: 10 });
    const loader = await store.pool.connect();
    const data = await generatePgBenchData(loader, n, log).finally(() => loader.release());
    log(`  loaded in ${data.seconds.toFixed(0)} s (${Math.round(n / data.seconds).toLocaleString('en-GB')} comments/s)`);
    rows.push({ name: `bulk load (INSERT … SELECT generate_series, indexes rebuilt, VACUUM ANALYZE)`, value: data.seconds, unit: 's' });

    const queue = new QueueService(store);
    const app = createApp({ store, logger: silentLogger, scorer: null, auth: TEST_AUTH });
    const range = { from: new Date(data.startMs).toISOString(), to: new Date(data.endMs).toISOString() };
    const queueTarget = { op: '<' as const, limit: QUEUE_TARGET_MS };
    const countsTarget = { op: '<' as const, limit: COUNTS_TARGET_MS };
    const target = { op: '<' as const, limit: TARGET_MS };

    // Queue: first page and a page 50,000 rows deep (keyset cursor built from the 50,000th row).
    const deep = Math.min(50_000, Math.floor(n / 10));
    for (const [view, sort, key] of [['pending', 'priority', 'c.priority'], ['all', 'newest', 'c.created_at']] as const) {
      const where = view === 'pending' ? "c.status = 'pending'" : 'TRUE';
      const { rows: at } = await store.pool.query<{ k: number; id: number }>(
        `SELECT ${key} AS k, c.id FROM comments c WHERE ${where} ORDER BY ${key} DESC, c.id DESC LIMIT 1 OFFSET $1`,
        [deep - 1],
      );
      const cursor = encodeCursor(`queue:${sort}`, [Number(at[0]?.k), Number(at[0]?.id)]);
      rows.push({ name: `queue ${view}/${sort}: first page of 50 (service)`, value: await timeMs(() => queue.page({ view, sort, limit: 50 })), unit: 'ms', target: queueTarget });
      rows.push({ name: `queue ${view}/${sort}: page after ${deep.toLocaleString('en-GB')} rows (service)`, value: await timeMs(() => queue.page({ view, sort, limit: 50, cursor })), unit: 'ms', target: queueTarget });
      rows.push({ name: `queue ${view}/${sort}: first page via HTTP`, value: await timeMs(() => request(app).get('/api/queue').query({ view, sort, limit: 50 })), unit: 'ms', target: queueTarget });
    }
    rows.push({ name: 'queue counts (all views and flags) via HTTP', value: await timeMs(() => request(app).get('/api/queue/counts')), unit: 'ms', target: countsTarget });
    rows.push({ name: 'queue counts, filtered by time range via HTTP', value: await timeMs(() => request(app).get('/api/queue/counts').query(range)), unit: 'ms', target: countsTarget });

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
    rows.push({ name: 'report summary (JSON, whole period)', value: await timeMs(() => reports.summary(reports.parse(range)), 1), unit: 'ms' });

    // The full CSV export over a real socket, in a process of its own.
    const total = await store.countComments();
    log('  exporting');
    const exp = await exportInChild(url);
    rows.push({ name: `export CSV of ${total.toLocaleString('en-GB')}: time to first byte`, value: exp.firstByteMs, unit: 'ms', target: { op: '<', limit: 1000 } });
    rows.push({ name: 'export CSV: total time', value: exp.totalMs / 1000, unit: 's', note: `${(exp.bytes / 1024 / 1024).toFixed(0)} MB` });
    rows.push({ name: 'export CSV: rate', value: total / (exp.totalMs / 1000), unit: 'rows/s' });
    rows.push({ name: 'export CSV: peak RSS growth', value: exp.rssGrowthMb, unit: 'MB', target: { op: '<', limit: 100 }, note: 'child process' });
    await app.locals.moderation.close();
    await store.close();
    rows.push(...ingestRows);
  } finally {
    await server.stop();
  }
  printTable(`Moderation bench (${n.toLocaleString('en-GB')} comments, PostgreSQL)`, rows);
  const cacheDir = path.join(repoRoot, '.bench');
  saveResults(resultsFile(cacheDir, 'postgres', n), rows);
  const sqliteFile = resultsFile(cacheDir, 'sqlite', n);
  if (fs.existsSync(sqliteFile)) printSideBySide(n, sqliteFile, rows);
  else log(`\n(no SQLite results for ${n.toLocaleString('en-GB')} comments yet: run \`npm run bench -- --only moderation${opts.quick ? ' --quick' : ''}\` for a side-by-side table)`);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await runPostgresBench({ quick: process.argv.includes('--quick') });
}
