// Offensive-language evaluation on OLID (subtask A: OFF vs NOT), comparing
// Sift's detectors with obscenity and @2toad/profanity alone, plus a spam
// check on a hand-written fixture. Run: npx tsx scripts/eval/flags-eval.ts
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { profanity } from '@2toad/profanity';
import type { FlagCategory } from '@sift/shared';
import { createScorer } from '../../server/src/scoring/pipeline';
import { spamExamples, hamExamples } from '../../server/src/scoring/spam-fixture';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const olidPath = resolve(repoRoot, '../shared/data/flags/olid-training-v1.0.tsv');
const offensive: FlagCategory[] = ['profanity', 'insult', 'threat', 'identity_attack'];

interface Counts { tp: number; fp: number; fn: number; tn: number }

function count(labels: readonly boolean[], predicted: readonly boolean[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  labels.forEach((y, i) => {
    const p = predicted[i];
    if (p && y) c.tp++; else if (p) c.fp++; else if (y) c.fn++; else c.tn++;
  });
  return c;
}

const safeDiv = (a: number, b: number) => (b === 0 ? 0 : a / b);
function prf(tp: number, fp: number, fn: number) {
  const precision = safeDiv(tp, tp + fp);
  const recall = safeDiv(tp, tp + fn);
  return { precision, recall, f1: safeDiv(2 * precision * recall, precision + recall) };
}

function report(name: string, c: Counts): number {
  const off = prf(c.tp, c.fp, c.fn);
  const not = prf(c.tn, c.fn, c.fp);
  const macro = (off.f1 + not.f1) / 2;
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${name.padEnd(22)} OFF P=${f(off.precision)} R=${f(off.recall)} F1=${f(off.f1)} | ` +
      `NOT P=${f(not.precision)} R=${f(not.recall)} F1=${f(not.f1)} | macro-F1=${f(macro)}`,
  );
  return macro;
}

function loadOlid(): { text: string; offensive: boolean }[] {
  return readFileSync(olidPath, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.split('\t');
      return { text: cols[1] ?? '', offensive: cols[2] === 'OFF' };
    });
}

function spamCheck(): void {
  const scorer = createScorer();
  const isSpam = (t: string) => scorer.score(t).flags.some((f) => f.category === 'spam');
  const labels = [...spamExamples.map(() => true), ...hamExamples.map(() => false)];
  const predicted = [...spamExamples, ...hamExamples].map(isSpam);
  const c = count(labels, predicted);
  const s = prf(c.tp, c.fp, c.fn);
  console.log(
    `\nSpam fixture (${spamExamples.length} spam, ${hamExamples.length} ham): ` +
      `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} (target on held-out YouTube spam: F1 >= 0.80)`,
  );
}

export async function runFlagsEval(): Promise<void> {
  console.log('== Flags evaluation ==');
  if (!existsSync(olidPath)) {
    console.log(`OLID skipped: ${olidPath} not found.`);
    spamCheck();
    return;
  }
  const rows = loadOlid();
  const labels = rows.map((r) => r.offensive);
  console.log(`OLID training set: ${rows.length} tweets, ${labels.filter(Boolean).length} OFF (positive = subtask_a OFF)\n`);

  const scorer = createScorer();
  const results = rows.map((r) => scorer.score(r.text));
  const sift = results.map((s) => s.flags.some((f) => offensive.includes(f.category)));
  const siftProfanity = results.map((s) => s.flags.some((f) => f.category === 'profanity'));
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

  const macro = report('Sift (4 detectors)', count(labels, sift));
  // Two halves by row parity: rules are hand-written, so both halves should
  // score alike; a gap would mean a rule fits one half's quirks.
  for (const parity of [0, 1]) {
    const keep = (_: unknown, i: number) => i % 2 === parity;
    report(`  ${parity === 0 ? 'even' : 'odd'} rows (${labels.filter(keep).length})`, count(labels.filter(keep), sift.filter(keep)));
  }
  report('obscenity alone', count(labels, rows.map((r) => matcher.hasMatch(r.text))));
  report('@2toad/profanity', count(labels, rows.map((r) => profanity.exists(r.text))));
  const p = count(labels, siftProfanity);
  const profanityPrecision = safeDiv(p.tp, p.tp + p.fp);
  console.log(`\nSift profanity flag alone: precision vs OFF = ${profanityPrecision.toFixed(3)} (fires on ${p.tp + p.fp})`);
  for (const category of offensive) {
    const c = count(labels, results.map((s) => s.flags.some((f) => f.category === category)));
    console.log(`  ${category.padEnd(16)} fires on ${String(c.tp + c.fp).padStart(5)}, precision ${safeDiv(c.tp, c.tp + c.fp).toFixed(3)}`);
  }
  console.log(`\nTargets: macro-F1 >= 0.75 (${macro >= 0.75 ? 'met' : 'NOT met'}), profanity precision >= 0.80 (${profanityPrecision >= 0.8 ? 'met' : 'NOT met'})`);
  spamCheck();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await runFlagsEval();
}
