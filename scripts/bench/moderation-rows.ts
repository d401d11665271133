// The figures both moderation benches measure (SQLite and PostgreSQL), under
// the same row names, so that pg-side-by-side.ts can match them.
import type { QueueQuery, QueueSort, QueueView } from '@sift/shared';
import request from 'supertest';
import type { App } from '../../server/src/app';
import { ReportService } from '../../server/src/reports/report-service';
import { resolveStats } from '../../server/src/stats/stats-range';
import { StatsService } from '../../server/src/stats/stats-service';
import type { Store } from '../../server/src/store/store';
import { timeMs, type BenchRow } from './bench-table';
import type { ExportFigures } from './export-download';

export interface ModerationBenchOptions {
  /** 100,000 comments instead of 1,000,000 (smoke runs). */
  quick?: boolean;
  comments?: number;
  ingestComments?: number;
}

/** How many comments the bench reads and how many it ingests. */
export function benchSizes(opts: ModerationBenchOptions): { comments: number; ingestComments: number } {
  return {
    comments: opts.comments ?? (opts.quick ? 100_000 : 1_000_000),
    ingestComments: opts.ingestComments ?? (opts.quick ? 20_000 : 100_000),
  };
}

type Target = BenchRow['target'];
/** The whole period of the generated data, as the API takes it. */
type Range = { from: string; to: string };

/** The first page of a queue view through the service and HTTP, and a page `deep` rows in (after `cursor`). */
export async function queuePageRows(
  app: App,
  page: (q: QueueQuery) => Promise<unknown>,
  at: { view: QueueView; sort: QueueSort; deep: number; cursor: string },
  target: Target,
): Promise<BenchRow[]> {
  const { view, sort, deep, cursor } = at;
  return [
    { name: `queue ${view}/${sort}: first page of 50 (service)`, value: await timeMs(() => page({ view, sort, limit: 50 })), unit: 'ms', target },
    { name: `queue ${view}/${sort}: page after ${deep.toLocaleString('en-GB')} rows (service)`, value: await timeMs(() => page({ view, sort, limit: 50, cursor })), unit: 'ms', target },
    { name: `queue ${view}/${sort}: first page via HTTP`, value: await timeMs(() => request(app).get('/api/queue').query({ view, sort, limit: 50 })), unit: 'ms', target },
  ];
}

/**
 * The site model learns the decision log it has not seen when a server
 * starts (a new database, a model of another format): the first queue page
 * via HTTP while it does, then the time until it has, so every other figure
 * is measured with the model caught up, as a running site has it.
 */
export async function modelCatchUpRows(app: App): Promise<BenchRow[]> {
  const learning = app.locals.siteLearning;
  await learning.ready;
  const start = performance.now();
  const before = learning.trainer.stats().decisions;
  const during = await timeMs(() => request(app).get('/api/queue').query({ view: 'pending', sort: 'priority', limit: 50 }));
  await learning.sync();
  const seconds = (performance.now() - start) / 1000;
  const learned = learning.trainer.stats().decisions - before;
  if (learned === 0) return [{ name: 'site model: decisions to learn at startup', value: 0, unit: 'decisions', note: 'stored model up to date' }];
  return [
    // A passing state (the minutes after a start), so the stats' bound rather than the queue's.
    { name: 'queue: first page via HTTP while the site model learns the log', value: during, unit: 'ms', target: { op: '<', limit: 100 }, note: `${learned.toLocaleString('en-GB')} decisions` },
    { name: 'site model: learning the log at startup', value: seconds, unit: 's', note: `${Math.round(learned / seconds).toLocaleString('en-GB')} decisions/s, with the requests above` },
  ];
}

export async function queueCountRows(app: App, range: Range, target: Target): Promise<BenchRow[]> {
  return [
    { name: 'queue counts (all views and flags) via HTTP', value: await timeMs(() => request(app).get('/api/queue/counts')), unit: 'ms', target },
    { name: 'queue counts, filtered by time range via HTTP', value: await timeMs(() => request(app).get('/api/queue/counts').query(range)), unit: 'ms', target },
  ];
}

/**
 * Each stats call through the service (server time), one through HTTP, and
 * the summary report; `targets.report` absent leaves the report without one.
 */
export async function statsAndReportRows(store: Store, app: App, range: Range, targets: { stats: Target; report?: Target }): Promise<BenchRow[]> {
  const target = targets.stats;
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
  const rows: BenchRow[] = [];
  for (const [name, query, call] of calls) {
    rows.push({ name: `stats ${name}`, value: await timeMs(() => call(resolveStats(query))), unit: 'ms', target });
  }
  rows.push({ name: 'stats sentiment-over-time via HTTP', value: await timeMs(() => request(app).get('/api/stats/sentiment-over-time').query(range)), unit: 'ms', target });
  const reports = new ReportService(store);
  rows.push({ name: 'report summary (JSON, whole period)', value: await timeMs(() => reports.summary(reports.parse(range)), 1), unit: 'ms', target: targets.report });
  return rows;
}

/** The full CSV export of `total` comments; `rssNote` says whose memory the RSS figure is. */
export function exportRows(total: number, figures: ExportFigures, rssNote?: string): BenchRow[] {
  return [
    { name: `export CSV of ${total.toLocaleString('en-GB')}: time to first byte`, value: figures.firstByteMs, unit: 'ms', target: { op: '<', limit: 1000 } },
    { name: 'export CSV: total time', value: figures.totalMs / 1000, unit: 's', note: `${(figures.bytes / 1024 / 1024).toFixed(0)} MB` },
    { name: 'export CSV: rate', value: total / (figures.totalMs / 1000), unit: 'rows/s' },
    { name: 'export CSV: peak RSS growth', value: figures.rssGrowthMb, unit: 'MB', target: { op: '<', limit: 100 }, note: rssNote },
  ];
}
