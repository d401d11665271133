// A results table with targets and PASS/FAIL marks, printed at the end of a bench.

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** e.g. { op: '<', limit: 100 }; absent for figures without a target. */
  target?: { op: '<' | '>='; limit: number };
  note?: string;
}

export function passes(row: BenchRow): boolean | null {
  if (!row.target) return null;
  return row.target.op === '<' ? row.value < row.target.limit : row.value >= row.target.limit;
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-GB');
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

export function printTable(title: string, rows: BenchRow[]): void {
  const lines = rows.map((r) => {
    const ok = passes(r);
    return [
      r.name,
      `${fmt(r.value)} ${r.unit}`,
      r.target ? `${r.target.op} ${fmt(r.target.limit)} ${r.unit}` : '',
      ok === null ? '' : ok ? 'PASS' : 'FAIL',
      r.note ?? '',
    ];
  });
  const head = ['measure', 'value', 'target', '', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(row(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));
}

/** Median wall time in ms of `runs` calls after one warm-up call. */
export async function timeMs(fn: () => Promise<unknown> | unknown, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
