import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommentFilters } from '@sift/shared';
import { createScorer } from '../../scoring/pipeline';
import type { AnalyticsStore } from '../../store/analytics-store';
import type { NewComment, Store } from '../../store/store';
import { SqliteStore } from '../../store/sqlite/sqlite-store';
import { SqliteStats } from '../../store/sqlite/sqlite-stats';
import { SqliteReports } from '../../store/sqlite/sqlite-reports';
import { PgStats } from '../../store/postgres/pg-stats';
import { PgReports } from '../../store/postgres/pg-reports';
import { execRaw } from '../../store/store-suite/exec-raw';
import { storeKinds } from '../../store/store-suite/describe-stores';
import { tempDbPath } from '../../test/test-app';
import { bucketEdges } from '../time-buckets';

// The rollups (migration 006) must answer exactly as the scans they replace:
// comments at odd minutes (so range ends fall inside rollup slots), buckets in
// zones at +5:45 and with DST, rescoring and status changes after insert.
const MIN = 60_000;
const T0 = Date.parse('2026-03-27T00:00:00Z'); // Europe/Berlin changes clocks on the 29th
const BODIES = ['What a lovely bridge!', 'You are an idiot.', 'I will hurt you.', 'Neutral remark.', 'Terrible, a disgrace.', 'Quite good.'];

async function buildScenario(store: Store): Promise<void> {
  const scorer = createScorer();
  const arts = [
    (await store.upsertArticle({ externalId: 'a1', title: 'Bridge' })).article.id,
    (await store.upsertArticle({ externalId: 'a2', title: 'Vote' })).article.id,
  ];
  const batch: NewComment[] = [];
  for (let i = 0; i < 240; i++) {
    const body = `${BODIES[i % BODIES.length]} #${i}`;
    const at = T0 + i * 37 * MIN + (i % 5) * 1000;
    batch.push({
      externalId: `c${i}`,
      articleId: arts[i % 2] ?? 1,
      parentId: null,
      parentExternalId: null,
      author: { name: `user${i % 7}`, externalId: null },
      body,
      createdAt: at,
      receivedAt: at + (i % 9) * 1000,
      status: i % 10 === 0 ? 'rejected' : 'pending',
      scores: i % 17 === 16 ? null : scorer.score(body),
      ruleDecision: i % 10 === 0 ? { toStatus: 'rejected', reason: 'rule: threat', note: null } : null,
    });
  }
  await store.insertComments(batch);
  for (let i = 1; i <= 240; i += 3) {
    const res = await store.applyDecisions([
      { commentId: i, expectedVersion: 1, toStatus: (['approved', 'rejected', 'escalated'] as const)[i % 3] ?? 'approved', reason: i % 2 ? 'insult' : null, note: null, moderatorId: `mod${i % 4}`, source: 'human', at: T0 + i * 41 * MIN + 7000 },
    ]);
    expect(res.ok).toBe(true);
  }
  // A rescore and a rule's later change: the rollups must move the counts.
  await execRaw(store, `UPDATE comments SET compound = -0.7, sentiment_label = 'negative', flag_mask = 2 WHERE id % 7 = 0`);
  await execRaw(store, `UPDATE comments SET status = 'approved' WHERE id % 11 = 0 AND status = 'pending'`);
}

const filterSets = ['', 'view=flagged', 'view=approved', 'flag=insult,threat', 'sentiment=negative,neutral', 'articleId=2', 'moderatorId=mod1', 'decisionSource=human', 'q=bridge', 'compoundMax=0.2'].map((q) =>
  CommentFilters.parse(Object.fromEntries(new URLSearchParams(q))),
);
const ranges: [string, string][] = [
  ['2026-03-27T00:00:00Z', '2026-04-03T00:00:00Z'],
  ['2026-03-27T03:10:00Z', '2026-03-30T17:43:20Z'],
];

async function readBoth(rollups: AnalyticsStore, scans: AnalyticsStore, counts: (f: CommentFilters) => Promise<unknown>) {
  const out: { name: string; rollup: unknown; scan: unknown }[] = [];
  const both = async (name: string, call: (s: AnalyticsStore) => Promise<unknown>) => out.push({ name, rollup: await call(rollups), scan: await call(scans) });
  for (const [from, to] of ranges) {
    const [a, b] = [Date.parse(from), Date.parse(to)];
    for (const [i, base] of filterSets.entries()) {
      const f = { ...base, from, to };
      const tag = `${i} ${from}`;
      await both(`histogram ${tag}`, (s) => s.sentimentHistogram(f, 20));
      for (const [bucket, tz] of [['hour', 'Asia/Kathmandu'], ['day', 'Europe/Berlin'], ['hour', 'UTC']] as const) {
        const edges = bucketEdges(a, b, bucket, tz);
        await both(`sentimentByBucket ${tag} ${tz}`, (s) => s.sentimentByBucket(f, edges));
        await both(`flagsByBucket ${tag} ${tz}`, (s) => s.flagsByBucket(f, edges));
        await both(`decisionsByBucket ${tag} ${tz}`, (s) => s.decisionsByBucket(f, edges));
      }
      await both(`articleStats ${tag}`, (s) => s.articleStats(f, 10));
      await both(`reportTotals ${tag}`, (s) => s.reportTotals(f));
      await both(`topFlagged ${tag}`, (s) => s.topFlaggedArticles(f, 10));
      await both(`moderatorStats ${tag}`, (s) => s.moderatorStats({ filters: f, from: a, to: b }));
      await both(`rejectionReasons ${tag}`, (s) => s.rejectionReasons({ filters: f, from: a, to: b }));
      out.push({ name: `counts ${tag}`, rollup: await counts(f), scan: await counts({ ...f, q: f.q ?? '' }) });
    }
  }
  return out;
}

/** Sums of doubles differ in the last bits between an incremental rollup and a scan. */
function roundFloats(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? v : Number(v.toPrecision(10));
  if (Array.isArray(v)) return v.map(roundFloats);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundFloats(x)]));
  return v;
}
const sortCounts = (c: unknown) => [...(c as { status: string; flagMask: number }[])].sort((x, y) => x.status.localeCompare(y.status) || x.flagMask - y.flagMask);

describe.each(storeKinds())('rollups answer as the scans [%s]', (kind) => {
  let store: Store;
  let scans: AnalyticsStore;
  let cleanup: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    if (kind === 'sqlite') {
      const s = new SqliteStore(tempDbPath().file, { synchronous: 'NORMAL' });
      const stats = new SqliteStats(s.db);
      const reports = new SqliteReports(s.db);
      scans = bindScans(stats, reports);
      store = s;
    } else {
      const { openTestPgStore } = await import('../../store/postgres/test-database');
      const pg = await openTestPgStore();
      store = pg.store;
      cleanup = pg.cleanup;
      const pool = (store as unknown as { pool: ConstructorParameters<typeof PgStats>[0] }).pool;
      scans = bindScans(new PgStats(pool), new PgReports(pool));
    }
    await buildScenario(store);
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  it('gives the same stats, reports and counts from the rollups and from the scans', async () => {
    // `q: ''` adds no condition but is not a rollup filter: the counts scan.
    const rows = await readBoth(store, scans, (f) => store.countByStatusAndFlags(f));
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      const [x, y] = r.name.startsWith('counts') ? [sortCounts(r.rollup), sortCounts(r.scan)] : [r.rollup, r.scan];
      expect(roundFloats(x), r.name).toEqual(roundFloats(y));
    }
    // The fixture is not empty where it matters.
    const totals = await store.reportTotals({ from: ranges[0]?.[0], to: ranges[0]?.[1] });
    expect(totals.received).toBe(240);
    expect(totals.decidedByRule).toBeGreaterThan(0);
  });
});

function bindScans(stats: object, reports: object): AnalyticsStore {
  const bind = (o: object, name: string) => (o as Record<string, (...a: unknown[]) => unknown>)[name]?.bind(o);
  const names = ['sentimentHistogram', 'sentimentByBucket', 'flagsByBucket', 'decisionsByBucket', 'articleStats', 'moderatorStats'];
  const reportNames = ['reportTotals', 'topFlaggedArticles', 'rejectionReasons', 'notableComments'];
  return Object.fromEntries([...names.map((n) => [n, bind(stats, n)]), ...reportNames.map((n) => [n, bind(reports, n)])]) as unknown as AnalyticsStore;
}
