// The client's initial download: every script and modulepreload that
// index.html loads before the first render, gzipped, against the 300 KB
// budget. Lazily loaded chunks (the charts) are listed apart.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist', 'client');
const BUDGET_KB = 300;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export async function runBundleBench(): Promise<void> {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('client build failed');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const size = (file: string) => {
    const bytes = fs.readFileSync(path.join(dist, file));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  let total = 0;
  console.log('| chunk | loaded | raw | gzipped |\n| --- | --- | ---: | ---: |');
  for (const file of all) {
    const s = size(file);
    const isInitial = initial.includes(file);
    if (isInitial) total += s.gzip;
    console.log(`| ${file} | ${isInitial ? 'initially' : 'lazily'} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
  }
  const pass = total < BUDGET_KB * 1024;
  console.log(`\n${pass ? 'PASS' : 'FAIL'}: initial JavaScript ${kb(total)} gzipped (budget ${BUDGET_KB} KB)`);
}

if (process.argv[1] === import.meta.filename) await runBundleBench();
