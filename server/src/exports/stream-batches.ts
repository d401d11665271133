import type { Response } from 'express';
import type { Encoder } from './comment-export-format';

/** Resolves when the socket can take more, or when the client has gone. */
function drainedOrClosed(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Writes batches as they come, waiting for 'drain' whenever the socket buffer
 * is full, so memory stays flat however large the export. The first batch is
 * read before anything is sent, so a failing query still answers with a JSON
 * error; a client that disconnects stops the database iteration.
 */
export async function streamBatches<T>(
  res: Response,
  batches: AsyncIterable<T[]>,
  encoder: Encoder<T>,
  filename: string,
): Promise<{ rows: number; completed: boolean; error?: unknown }> {
  const iterator = batches[Symbol.asyncIterator]();
  let next = await iterator.next();
  res.status(200);
  res.setHeader('Content-Type', encoder.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  let gone = false;
  res.on('close', () => {
    gone = !res.writableFinished;
  });
  let rows = 0;
  let first = true;
  try {
    if (encoder.head) res.write(encoder.head);
    while (!next.done && !gone) {
      const ok = res.write(encoder.batch(next.value, first));
      rows += next.value.length;
      first = false;
      // Always give the event loop a turn: Node uncorks the socket on the next
      // tick, and a fast database would otherwise fill memory before it does.
      if (!ok) await drainedOrClosed(res);
      else await new Promise((resolve) => setImmediate(resolve));
      if (gone || res.destroyed) break;
      next = await iterator.next();
    }
  } catch (error) {
    // Headers are out: all that is left is to cut the stream so the file is visibly incomplete.
    res.destroy();
    return { rows, completed: false, error };
  } finally {
    if (!next.done) await iterator.return?.();
  }
  if (gone || res.destroyed) return { rows, completed: false };
  res.end(encoder.tail);
  return { rows, completed: true };
}
