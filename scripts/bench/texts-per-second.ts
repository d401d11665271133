// Throughput of a per-text function, for benches that compare analysers on
// the same texts in one run.

/** Texts per second over at least `minMs`, after a warm-up pass. */
export function textsPerSecond(texts: readonly string[], run: (text: string) => unknown, minMs: number): number {
  for (const t of texts) run(t);
  let done = 0;
  const start = performance.now();
  let elapsed: number;
  do {
    for (const t of texts) run(t);
    done += texts.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (done / elapsed) * 1000;
}
