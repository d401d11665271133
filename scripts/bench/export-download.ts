// The client side of the CSV export figures of both moderation benches: a
// download over a real socket, timed to the first byte and to the end.
import http from 'node:http';

export interface ExportFigures {
  firstByteMs: number;
  totalMs: number;
  bytes: number;
  rssGrowthMb: number;
}

function get(url: string, onChunk: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      res.on('data', onChunk);
      res.on('end', resolve);
      res.on('error', reject);
    }).on('error', reject);
  });
}

/**
 * Runs the code paths of a download once (connections, settings load) with
 * an empty export, so the server's RSS baseline is taken after them.
 */
export async function warmUpExport(base: string, exportPath: string): Promise<void> {
  await get(`${base}/api/health`, () => undefined);
  await get(`${base}${exportPath}?from=2999-01-01T00:00:00.000Z`, () => undefined);
}

export async function timeDownload(url: string): Promise<Omit<ExportFigures, 'rssGrowthMb'>> {
  const start = performance.now();
  let firstByteMs = 0;
  let bytes = 0;
  await get(url, (chunk) => {
    if (!firstByteMs) firstByteMs = performance.now() - start;
    bytes += chunk.length;
  });
  return { firstByteMs, totalMs: performance.now() - start, bytes };
}
