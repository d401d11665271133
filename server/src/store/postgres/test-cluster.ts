import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL server for tests: its own data directory in a temp
 * dir, listening on 127.0.0.1 only (and a socket in the temp dir), fsync off,
 * trust authentication. `stop()` shuts it down and deletes everything.
 */
export interface TestCluster {
  /** Superuser URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  dataDir: string;
  stop(): void;
}

/** The newest PostgreSQL server binaries installed the Debian way, or null. */
export function findPgBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')) && fs.existsSync(path.join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

// PostgreSQL refuses to run as root: as root the server runs as the
// `postgres` OS user (created by the Debian package).
const asRoot = process.getuid?.() === 0;

function run(bin: string, args: string[], opts: SpawnSyncOptions = {}): string {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const res = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 60_000, ...opts });
  if (res.status !== 0) {
    throw new Error(`${path.basename(bin)} failed (${res.status ?? res.signal}): ${String(res.stderr || res.stdout || res.error)}`);
  }
  return String(res.stdout);
}

export async function startTestCluster(): Promise<TestCluster> {
  const bin = findPgBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-pg-'));
  const dataDir = path.join(dir, 'data');
  if (asRoot) {
    fs.chmodSync(dir, 0o700);
    spawnSync('chown', ['postgres:postgres', dir]);
  }
  const cleanupDir = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    // C collation (byte order, like SQLite), UTF-8 character classes so that
    // full-text search lower-cases non-ASCII letters.
    run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--lc-collate=C', '--lc-ctype=C.UTF-8', '--no-sync'], { cwd: dir });
    const port = await freePort();
    const opts = `-k ${dir} -h 127.0.0.1 -p ${port} -F -c max_connections=300 -c synchronous_commit=off -c full_page_writes=off`;
    run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-o', opts, '-w', '-t', '60', 'start'], { cwd: dir });
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], { cwd: dir });
      } finally {
        cleanupDir();
      }
    };
    // Never leave a server behind, even when the test runner exits abruptly.
    process.once('exit', stop);
    return { adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dataDir, stop };
  } catch (err) {
    cleanupDir();
    throw err;
  }
}
