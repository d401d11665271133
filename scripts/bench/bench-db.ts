// Generates (and caches under .bench/) a realistic SQLite database of N
// comments over 30 days, for the moderation benchmark. Rows go straight in
// with prepared statements in large transactions (synchronous=OFF only while
// generating), so building 1,000,000 comments takes about a minute.
import fs from 'node:fs';
import path from 'node:path';
import { flagCategories, rejectReasons, type FlagCategory } from '@sift/shared';
import Database from 'better-sqlite3';
import { openDatabase, runMigrations } from '../../server/src/store/sqlite/database';
import { sqliteMigrations } from '../../server/src/store/sqlite/migrations';
import { seededRandom } from '../../server/src/demo/demo-data';

const GENERATOR_VERSION = 1;
const DAY = 86_400_000;

export interface BenchDb {
  file: string;
  /** The generated data spans [startMs, endMs). */
  startMs: number;
  endMs: number;
  comments: number;
  generatedNow: boolean;
  generationSeconds: number;
}

// The demo data's seeded PRNG (mulberry32), so every generated database is the same.
export { seededRandom };

const WORDS = `the council bridge plan budget really good bad idea think people city
 should would never always vote mayor traffic school tax money why how great
 terrible love hate agree disagree article writer point fact news again "quoted"
 well, honestly, finally, however, — à propos naïve 👍`.split(/\s+/).filter(Boolean);
const FLAG_REASONS: Record<FlagCategory, string> = {
  profanity: 'profane word "damn"',
  insult: 'insult aimed at a person: "idiot"',
  threat: 'threat of violence',
  identity_attack: 'attack on a group',
  spam: 'link to a shop, repeated text',
  shouting: 'mostly capital letters',
  personal_data: 'looks like a phone number',
  banned_word: 'banned word "xyz"',
  suspect_word: 'suspect word "scam"',
};
const FLAG_WEIGHTS = [0.25, 0.3, 0.04, 0.05, 0.12, 0.12, 0.04, 0.03, 0.05];
const MODERATORS = Array.from({ length: 12 }, (_, i) => `mod-${String(i + 1).padStart(2, '0')}`);

function schemaKey(): string {
  return sqliteMigrations.map((m) => `${m.version}-${m.name}`).join('_');
}

export function benchDbFile(cacheDir: string, comments: number): string {
  return path.join(cacheDir, `bench-${comments}-g${GENERATOR_VERSION}-s${schemaKey()}.db`);
}

/** Returns the cached database for this size and schema, generating it first when absent. */
export function ensureBenchDb(cacheDir: string, comments: number, log: (s: string) => void = () => undefined): BenchDb {
  const file = benchDbFile(cacheDir, comments);
  if (fs.existsSync(file)) {
    const db = openDatabase(file, { synchronous: 'NORMAL' });
    const meta = db.prepare('SELECT start_ms AS startMs, end_ms AS endMs, comments FROM bench_meta').get() as
      | { startMs: number; endMs: number; comments: number }
      | undefined;
    db.close();
    if (meta) return { file, ...meta, generatedNow: false, generationSeconds: 0 };
  }
  for (const stale of fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []) {
    if (stale.startsWith(`bench-${comments}-`)) fs.rmSync(path.join(cacheDir, stale), { force: true });
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.partial`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
  const started = performance.now();
  const endMs = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  generate(tmp, comments, endMs - 30 * DAY, endMs, log);
  fs.renameSync(tmp, file);
  return { file, startMs: endMs - 30 * DAY, endMs, comments, generatedNow: true, generationSeconds: (performance.now() - started) / 1000 };
}

function pickWeighted(weights: readonly number[], r: number): number {
  let acc = 0;
  const total = weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    acc += (weights[i] ?? 0) / total;
    if (r < acc) return i;
  }
  return weights.length - 1;
}

/** Comment times: uniform days, a daily rhythm (quiet at night, busy in the evening), sorted. */
function commentTimes(n: number, startMs: number, rand: () => number): Float64Array {
  const hourWeights = [2, 1, 1, 1, 1, 2, 4, 6, 8, 8, 7, 7, 8, 7, 6, 6, 7, 8, 10, 11, 10, 8, 5, 3];
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const day = Math.floor(rand() * 30);
    const hour = pickWeighted(hourWeights, rand());
    times[i] = startMs + day * DAY + hour * 3_600_000 + Math.floor(rand() * 3_600_000);
  }
  return times.sort();
}

function generate(file: string, n: number, startMs: number, endMs: number, log: (s: string) => void): void {
  // No journal and no fsync while generating (a crash just means generating again);
  // opened without openDatabase, which would put the file in WAL mode first.
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  // The rollups (migration 006) are backfilled after the rows are in, with one
  // grouped INSERT per table, instead of by their triggers row by row.
  runMigrations(db, sqliteMigrations.filter((m) => m.name !== 'rollups'));
  const rand = seededRandom(42);
  const articles = Math.max(20, Math.round(n / 2000));
  const authors = Math.max(100, Math.round(n / 20));
  db.transaction(() => {
    const a = db.prepare('INSERT INTO articles (id, external_id, title, url, created_at) VALUES (?, ?, ?, ?, ?)');
    for (let i = 1; i <= articles; i++) a.run(i, `art-${i}`, `Article ${i}: the ${WORDS[i % WORDS.length]} story, "part" ${i}`, null, startMs);
    const u = db.prepare('INSERT INTO authors (id, author_key, external_id, name) VALUES (?, ?, ?, ?)');
    for (let i = 1; i <= authors; i++) u.run(i, `id:u${i}`, `u${i}`, `user_${i}`);
  })();
  const times = commentTimes(n, startMs, rand);
  const insertComment = db.prepare(
    `INSERT INTO comments (id, external_id, article_id, parent_id, author_id, body, created_at, received_at, status, version,
       scores, scorer_version, priority, compound, sentiment_label, flag_mask, decided_at)
     VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?, ?, ?, ?)`,
  );
  const insertDecision = db.prepare(
    'INSERT INTO decisions (comment_id, from_status, to_status, reason, note, moderator_id, source, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );

  function writeComment(i: number, createdAt: number): void {
    const id = i + 1;
    const r = rand();
    const compound = r < 0.35 ? (rand() - 0.5) * 0.1 : r < 0.7 ? Math.min(1, 0.05 + rand() ** 1.5) : -Math.min(1, 0.05 + rand() ** 1.3);
    const label = compound >= 0.05 ? 'positive' : compound <= -0.05 ? 'negative' : 'neutral';
    let mask = 0;
    const flags: { category: FlagCategory; severity: string; confidence: number; spans: never[]; reason: string }[] = [];
    if (rand() < (compound < -0.3 ? 0.35 : 0.08)) {
      const count = rand() < 0.8 ? 1 : 2;
      for (let k = 0; k < count; k++) {
        const cat = flagCategories[pickWeighted(FLAG_WEIGHTS, rand())] ?? 'spam';
        if (mask & (1 << flagCategories.indexOf(cat))) continue;
        mask |= 1 << flagCategories.indexOf(cat);
        flags.push({ category: cat, severity: 'medium', confidence: 0.8, spans: [], reason: FLAG_REASONS[cat] });
      }
    }
    const priority = Math.min(1, Math.max(0, (mask ? 0.5 : 0.05) + Math.max(0, -compound) * 0.3 + rand() * 0.2));
    // Older comments are mostly decided; the last day is mostly pending.
    const ageDays = (endMs - createdAt) / DAY;
    const pendingChance = ageDays < 1 ? 0.7 : ageDays < 3 ? 0.3 : 0.08;
    let status = 'pending';
    let decidedAt: number | null = null;
    if (rand() >= pendingChance) {
      status = mask ? (rand() < 0.6 ? 'rejected' : rand() < 0.8 ? 'approved' : 'escalated') : rand() < 0.92 ? 'approved' : rand() < 0.7 ? 'rejected' : 'escalated';
      decidedAt = Math.min(endMs - 1, createdAt + Math.floor(-Math.log(1 - rand()) * 2 * 3_600_000));
      const byRule = rand() < 0.3;
      const moderator = byRule ? null : (MODERATORS[Math.floor(rand() ** 1.6 * MODERATORS.length)] ?? 'mod-01');
      const reason = status === 'rejected' ? (rejectReasons[Math.floor(rand() * rejectReasons.length)] ?? 'other') : null;
      pendingDecisions.push([id, 'pending', status, reason, rand() < 0.1 ? 'see thread, "context"' : null, moderator, byRule ? 'rule' : 'human', decidedAt]);
    }
    const words = 6 + Math.floor(rand() * 40);
    let body = '';
    for (let w = 0; w < words; w++) body += (w ? ' ' : '') + WORDS[Math.floor(rand() * WORDS.length)];
    if (rand() < 0.01) body = `=HYPERLINK("x")\n${body}`;
    const scores = JSON.stringify({
      scorerVersion: 'bench',
      sentiment: { score: compound * 5, compound, label, contributions: [] },
      flags,
      priority,
      priorityReasons: [],
    });
    insertComment.run(id, `c-${id}`, 1 + Math.floor(rand() ** 2 * articles), 1 + Math.floor(rand() * authors), body, createdAt, createdAt + 500,
      status, decidedAt ? 2 : 1, scores, priority, compound, label, mask, decidedAt);
    if (id % 5000 === 0) flushDecisions(createdAt);
  }

  // Decisions are written in time order once their time has passed, as in real life.
  type DecisionRow = [number, string, string, string | null, string | null, string | null, string, number];
  const pendingDecisions: DecisionRow[] = [];
  function flushDecisions(now: number): void {
    pendingDecisions.sort((x, y) => x[7] - y[7]);
    let k = 0;
    while (k < pendingDecisions.length && (pendingDecisions[k]?.[7] ?? 0) <= now) insertDecision.run(...(pendingDecisions[k++] as DecisionRow));
    pendingDecisions.splice(0, k);
  }
  const BATCH = 50_000;
  for (let start = 0; start < n; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(n, start + BATCH); i++) writeComment(i, times[i] ?? startMs);
    })();
    if ((start / BATCH) % 4 === 3) log(`  generated ${start + BATCH} comments`);
  }
  db.transaction(() => {
    pendingDecisions.sort((x, y) => x[7] - y[7]);
    for (const d of pendingDecisions) insertDecision.run(...d);
    db.exec('CREATE TABLE bench_meta (start_ms INTEGER, end_ms INTEGER, comments INTEGER)');
    db.prepare('INSERT INTO bench_meta VALUES (?, ?, ?)').run(startMs, endMs, n);
  })();
  log('  building rollups');
  runMigrations(db, sqliteMigrations);
  log('  analysing');
  db.exec('ANALYZE');
  db.pragma('journal_mode = WAL');
  db.close();
}
