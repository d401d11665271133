// How well the per-site model learns a site's standard from its decisions.
// Replays a labelled training file, in order and once (online, no epochs), as
// moderator decisions through SiteModel.learn (offensive → rejected/abusive,
// otherwise approved), then scores the test file. Next to it: the rules alone,
// measured in the same run.
//
//   npx tsx scripts/eval/learning-eval.ts --train <file> (--test <file> | --split 0.8) [--json]
//     [--no-rule-features] [--threshold 0.5] [--bits 16] [--shuffle <seed>]
//
// --shuffle: a second proxy split. The file is put in a fixed pseudo-random
// order (seeded Fisher–Yates) before the split, so the test part is drawn
// from the whole file rather than its end; guards against tuning to one split.
//
// Threshold: positive = "would reject" when rejectProbability ≥ t. Unless
// --threshold is given, t is chosen to maximise macro-F1 over the prequential
// predictions (each made before the decision was learned) of the last 20% of
// the training decisions replayed so far: TRAIN only, no test data, no extra
// pass. The same rule picks t at every learning-curve point.
import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SiteModel } from '../../server/src/learning/site-model';
import { ExtraFeatures } from '../../server/src/learning/extra-features';
import { parseLabelledText, type LabelledText } from '../../server/src/learning/labelled-dataset';
import { siteFeatures, type RuleScores } from '../../server/src/site-learning/site-features';

/** What the rules say about a text: would they reject it, and which flags fired. */
export type RulesFunction = (text: string) => { reject: boolean; features: ExtraFeatures };

interface Metrics { precision: number; recall: number; f1: number; macroF1: number }

const CURVE_POINTS = [250, 500, 1000, 2000, 5000];
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

const safeDiv = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function metrics(labels: readonly boolean[], predicted: readonly boolean[]): Metrics {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  labels.forEach((y, i) => {
    const p = predicted[i];
    if (p && y) tp++; else if (p) fp++; else if (y) fn++; else tn++;
  });
  const f1 = (a: number, b: number, c: number) => safeDiv(2 * a, 2 * a + b + c);
  const precision = safeDiv(tp, tp + fp);
  const recall = safeDiv(tp, tp + fn);
  const pos = f1(tp, fp, fn);
  return { precision, recall, f1: pos, macroF1: (pos + f1(tn, fn, fp)) / 2 };
}

/** The threshold (0.05..0.95) with the best macro-F1 on these predictions. */
export function bestThreshold(probabilities: readonly number[], labels: readonly boolean[]): number {
  let best = 0.5;
  let bestScore = -1;
  for (let t = 5; t <= 95; t++) {
    const score = metrics(labels, probabilities.map((p) => p >= t / 100)).macroF1;
    if (score > bestScore) {
      bestScore = score;
      best = t / 100;
    }
  }
  return best;
}

/** The project's rule scorer, if it is there: reject when an offensive flag fires. */
async function loadProjectRules(): Promise<RulesFunction | undefined> {
  const file = resolve(repoRoot, 'server/src/scoring/pipeline.ts');
  if (!existsSync(file)) return undefined;
  type Mod = { createScorer?: () => { score(text: string): RuleScores } };
  let mod: Mod;
  try {
    mod = (await import(pathToFileURL(file).href)) as Mod;
  } catch (error) {
    process.stderr.write(`rules baseline unavailable: ${(error as Error).message.split('\n')[0]}\n`);
    return undefined;
  }
  if (!mod.createScorer) return undefined;
  const scorer = mod.createScorer();
  return (text) => {
    // The same function the server's trainer and scorer use (flags with
    // severity and confidence, sentiment, rule priority; "rules reject" on
    // offensive or banned-word flags): server/src/site-learning/site-features.ts.
    const input = siteFeatures(scorer.score(text));
    return { reject: input.rulesSaysReject, features: input.extraFeatures };
  };
}

/** Fisher–Yates with a 32-bit LCG: the same seed always gives the same order. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function load(file: string): LabelledText[] {
  return parseLabelledText(readFileSync(file, 'utf8'));
}

const round = (m: Metrics): Metrics => ({
  precision: +m.precision.toFixed(4),
  recall: +m.recall.toFixed(4),
  f1: +m.f1.toFixed(4),
  macroF1: +m.macroF1.toFixed(4),
});

export async function runLearningEval(argv: string[], options: { rules?: RulesFunction } = {}): Promise<void> {
  const json = argv.includes('--json');
  const log = json ? (s: string) => process.stderr.write(`${s}\n`) : (s: string) => console.log(s);
  const trainFile = arg(argv, '--train');
  if (!trainFile) throw new Error('usage: learning-eval --train <file> (--test <file> | --split 0.8) [--json]');
  let train = load(trainFile);
  const seed = arg(argv, '--shuffle');
  if (seed !== undefined) train = seededShuffle(train, Number(seed));
  let test: LabelledText[];
  const testFile = arg(argv, '--test');
  if (testFile) {
    test = load(testFile);
  } else {
    const cut = Math.round(train.length * Number(arg(argv, '--split') ?? 0.8));
    test = train.slice(cut);
    train = train.slice(0, cut);
  }
  const fixedThreshold = arg(argv, '--threshold');
  const bits = arg(argv, '--bits');
  const rules = options.rules ?? (await loadProjectRules());
  const ruleFeatures = rules !== undefined && !argv.includes('--no-rule-features');
  log(`train ${train.length} (${train.filter((x) => x.offensive).length} offensive), test ${test.length}; ` +
    `rules ${rules ? 'available' : 'unavailable'}, rule features ${ruleFeatures ? 'on' : 'off'}`);

  const ruleOut = (t: string): ReturnType<RulesFunction> => (rules ? rules(t) : { reject: false, features: new ExtraFeatures() });
  const trainRules = train.map((x) => ruleOut(x.text));
  const testRules = test.map((x) => ruleOut(x.text));
  const testLabels = test.map((x) => x.offensive);

  const model = SiteModel.create(bits ? { bits: Number(bits) } : {});
  const prequential: number[] = [];
  const threshold = (seen: number) => {
    if (fixedThreshold) return Number(fixedThreshold);
    const from = seen - Math.max(100, Math.round(seen * 0.2));
    return bestThreshold(prequential.slice(Math.max(0, from), seen), train.slice(Math.max(0, from), seen).map((x) => x.offensive));
  };
  const evaluate = (t: number) =>
    metrics(testLabels, test.map((x, i) => model.predict(x.text, ruleFeatures ? testRules[i]?.features : undefined).rejectProbability >= t));

  const curve: { decisions: number; macroF1: number }[] = [];
  const points = [...CURVE_POINTS.filter((p) => p < train.length), train.length];
  let learnMs = 0;
  for (let i = 0; i < train.length; i++) {
    const example = train[i] as LabelledText;
    const r = trainRules[i] as ReturnType<RulesFunction>;
    const extraFeatures = ruleFeatures ? r.features : undefined;
    prequential.push(model.predict(example.text, extraFeatures).rejectProbability);
    const start = performance.now();
    model.learn({
      text: example.text,
      extraFeatures,
      rejected: example.offensive,
      reason: example.offensive ? 'abusive' : null,
      rulesSaysReject: r.reject,
    });
    learnMs += performance.now() - start;
    if (points.includes(i + 1)) {
      const t = threshold(i + 1);
      const m = evaluate(t);
      curve.push({ decisions: i + 1, macroF1: +m.macroF1.toFixed(4) });
      log(`after ${String(i + 1).padStart(6)} decisions: macro-F1 ${m.macroF1.toFixed(3)} (threshold ${t.toFixed(2)})`);
    }
  }

  const t = threshold(train.length);
  const final = evaluate(t);
  const rulesOnly = rules ? metrics(testLabels, testRules.map((r) => r.reject)) : null;

  const predictStart = performance.now();
  for (const x of test) model.predict(x.text);
  const predictMs = performance.now() - predictStart;
  const stats = model.stats();
  log(`model:      P=${final.precision.toFixed(3)} R=${final.recall.toFixed(3)} F1=${final.f1.toFixed(3)} macro-F1=${final.macroF1.toFixed(3)} (threshold ${t.toFixed(2)})`);
  log(rulesOnly
    ? `rules only: P=${rulesOnly.precision.toFixed(3)} R=${rulesOnly.recall.toFixed(3)} F1=${rulesOnly.f1.toFixed(3)} macro-F1=${rulesOnly.macroF1.toFixed(3)}`
    : 'rules only: unavailable (no server/src/scoring/pipeline.ts createScorer)');
  log(`stats: ${JSON.stringify(stats)}; model ${(model.toBuffer().length / 1024).toFixed(0)} KiB serialised`);
  log(`cost: learn ${((learnMs / train.length) * 1000).toFixed(1)} µs/decision, predict ${Math.round(test.length / (predictMs / 1000))} texts/s (with explanations)`);

  if (json) {
    process.stdout.write(`${JSON.stringify({ final: round(final), rulesOnly: rulesOnly && round(rulesOnly), curve })}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runLearningEval(process.argv.slice(2));
}
