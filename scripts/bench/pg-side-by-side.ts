// Saves a moderation bench's rows as JSON under .bench/ and prints SQLite and
// PostgreSQL figures of the same size side by side (rows matched by name).
import fs from 'node:fs';
import path from 'node:path';
import { passes, type BenchRow } from './bench-table';

export function resultsFile(cacheDir: string, store: 'sqlite' | 'postgres', comments: number): string {
  return path.join(cacheDir, `moderation-${store}-${comments}.json`);
}

export function saveResults(file: string, rows: BenchRow[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ savedAt: new Date().toISOString(), rows }, null, 2)}\n`);
}

/** Row names differ only where they name the store or the raw insert method. */
export function rowKey(name: string): string {
  return name
    .replace(/SqliteStore|PgStore/, 'Store')
    .replace(/^ingest: raw .*$/, 'ingest: raw')
    .replace(/^export CSV of [\d,]+:/, 'export CSV:');
}

function cell(row: BenchRow | undefined): string {
  if (!row) return '—';
  const v = Math.abs(row.value) >= 1000 ? Math.round(row.value).toLocaleString('en-GB') : row.value.toFixed(row.value >= 10 ? 1 : 2);
  const ok = passes(row);
  return `${v} ${row.unit}${ok === null ? '' : ok ? ' PASS' : ' FAIL'}`;
}

export function printSideBySide(comments: number, sqliteFile: string, pgRows: BenchRow[]): void {
  const saved = JSON.parse(fs.readFileSync(sqliteFile, 'utf8')) as { savedAt: string; rows: BenchRow[] };
  const sqlite = new Map(saved.rows.map((r) => [rowKey(r.name), r]));
  const pgByKey = new Map(pgRows.map((r) => [rowKey(r.name), r]));
  const keys = [...new Set([...sqlite.keys(), ...pgByKey.keys()])];
  const lines = keys.map((k) => [k, cell(sqlite.get(k)), cell(pgByKey.get(k))]);
  const head = ['measure', `SQLite (${saved.savedAt.slice(0, 16)})`, 'PostgreSQL (this run)'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  console.log(`\nSide by side (${comments.toLocaleString('en-GB')} comments; separate runs, same machine)`);
  console.log(row(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));
}
