import readline from 'node:readline';
import { pipeline, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import streamJson from 'stream-json';
import streamArray from 'stream-json/streamers/StreamArray.js';

export type RawRow = Record<string, unknown>;

/** CSV rows as objects keyed by the header line; streamed, never whole in memory. */
export async function* csvRows(input: Readable): AsyncGenerator<RawRow> {
  // pipeline (not pipe) so that a failing source or parser ends the iteration with its error.
  const parser = pipeline(
    input,
    parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, trim: false }),
    () => undefined,
  );
  for await (const row of parser) yield row as RawRow;
}

/** Elements of a top-level JSON array (or of its `comments` array), streamed. */
export async function* jsonRows(input: Readable): AsyncGenerator<RawRow> {
  const items = pipeline(input, streamJson.parser(), streamArray.streamArray(), () => undefined);
  for await (const item of items as AsyncIterable<{ key: number; value: unknown }>) {
    yield (item.value ?? {}) as RawRow;
  }
}

/** One JSON object per line. */
export async function* ndjsonRows(input: Readable): AsyncGenerator<RawRow> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as RawRow;
    } catch {
      yield { __invalid: `line ${n} is not valid JSON` };
    }
  }
}

export type ImportFormat = 'article' | 'csv' | 'json' | 'ndjson';

export function formatFromName(name: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.json')) return 'json';
  return 'article';
}

export function formatFromContentType(type: string | undefined): ImportFormat | null {
  const t = (type ?? '').split(';')[0]?.trim().toLowerCase();
  if (t === 'text/plain') return 'article';
  if (t === 'text/csv') return 'csv';
  if (t === 'application/json') return 'json';
  if (t === 'application/x-ndjson' || t === 'application/ndjson') return 'ndjson';
  return null;
}
