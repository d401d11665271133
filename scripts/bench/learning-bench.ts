// Cost of the per-site model: one update (µs), prediction throughput with
// explanations (texts/s) next to vader-sentiment measured in the same run
// (machines are shared and noisy: compare the ratio), and serialised size.
// Trains on OLID's training tweets if present, else on generated comments.
// Run alone: npx tsx scripts/bench/learning-bench.ts
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SiteModel } from '../../server/src/learning/site-model';
import { parseLabelledText, type LabelledText } from '../../server/src/learning/labelled-dataset';
import { loadVader } from '../eval/sentiment-eval';
import { printTable } from './bench-table';
import { textsPerSecond } from './texts-per-second';

const OLID_FILE = '/work/shared/data/flags/olid-training-v1.0.tsv';

function generated(count: number): LabelledText[] {
  const nice = ['thanks for the thoughtful article', 'I agree with most of this', 'great reporting, more please', 'interesting point about housing'];
  const nasty = ['you are an idiot', 'shut up moron', 'what a stupid take', 'nobody cares, loser'];
  return Array.from({ length: count }, (_, i) => {
    const offensive = i % 3 === 0;
    const pool = offensive ? nasty : nice;
    return { text: `@USER ${pool[i % pool.length]} #${i % 97}`, offensive };
  });
}

export async function runLearningBench(): Promise<void> {
  const data = existsSync(OLID_FILE) ? parseLabelledText(readFileSync(OLID_FILE, 'utf8')) : generated(12000);
  console.log(existsSync(OLID_FILE) ? `data: ${data.length} OLID tweets` : `data: ${data.length} generated comments (${OLID_FILE} not found)`);
  const cut = Math.round(data.length * 0.8);
  const train = data.slice(0, cut);
  const texts = data.slice(cut).map((x) => x.text);
  const minMs = Number(process.env.BENCH_MS ?? 2000);

  const model = SiteModel.create();
  const learnStart = performance.now();
  let worstUs = 0;
  for (const x of train) {
    const t0 = performance.now();
    model.learn({ text: x.text, rejected: x.offensive, reason: x.offensive ? 'abusive' : null });
    worstUs = Math.max(worstUs, (performance.now() - t0) * 1000);
  }
  const learnUs = ((performance.now() - learnStart) * 1000) / train.length;

  const vader = loadVader();
  const predictRate = textsPerSecond(texts, (t) => model.predict(t), minMs);
  const vaderRate = textsPerSecond(texts, (t) => vader.polarity_scores(t), minMs);
  const encodeStart = performance.now();
  const bytes = model.toBuffer();
  const encodeMs = performance.now() - encodeStart;
  const decodeStart = performance.now();
  SiteModel.fromBuffer(bytes);
  const decodeMs = performance.now() - decodeStart;

  printTable('per-site model', [
    { name: 'learn (mean)', value: learnUs, unit: 'µs', target: { op: '<', limit: 1000 }, note: `${train.length} decisions` },
    { name: 'learn (worst)', value: worstUs, unit: 'µs', note: 'includes GC pauses' },
    { name: 'predict + explain', value: predictRate, unit: 'texts/s', note: `${(predictRate / vaderRate).toFixed(1)}× vader-sentiment` },
    { name: 'vader-sentiment 1.1.3', value: vaderRate, unit: 'texts/s', note: 'same texts, same run' },
    { name: 'serialised size', value: bytes.length / 1024, unit: 'KiB', note: `encode ${encodeMs.toFixed(0)} ms, decode ${decodeMs.toFixed(0)} ms` },
  ]);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runLearningBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
