import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return t;
}

/** Builds the client when dist/ is missing or older than the client sources. */
export function ensureClientBuilt(): void {
  const index = path.join(repoRoot, 'dist', 'client', 'index.html');
  const stale = !fs.existsSync(index) || newest(path.join(repoRoot, 'client')) > fs.statSync(index).mtimeMs;
  if (!stale) return;
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('client build failed');
}
