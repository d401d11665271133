import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import { makeTestApp } from '../test/test-app';
import { insertArticle, insertComment, insertDecision, seedJanuary } from '../stats/analytics-fixture';
import { escapeFormula } from './formula-escape';

const TRICKY = [
  'plain text',
  'commas, "double quotes" and\nnew lines\r\nwith CRLF',
  '=HYPERLINK("http://evil.example","click")',
  '+1 for this',
  '-2+3',
  '@SUM(A1:A2)',
  '\tleading tab',
  '👍🏽 émoji, العربية',
];

describe('exports', () => {
  let t: ReturnType<typeof makeTestApp>;
  beforeEach(() => {
    t = makeTestApp();
  });
  afterEach(() => t.close());

  it('escapes spreadsheet formulas in text cells only', () => {
    expect(['=1', '+1', '-1', '@a', '\tx', '\rx', 'ok', '', 'a=b'].map(escapeFormula)).toEqual(["'=1", "'+1", "'-1", "'@a", "'\tx", "'\rx", 'ok', '', 'a=b']);
  });

  it('exports CSV that parses back to the stored text, with formulas defused', async () => {
    const a = insertArticle(t.store.db, '=cmd|"/c calc"!A1, the "title"');
    const ids = TRICKY.map((body, i) => insertComment(t.store.db, { articleId: a, author: i === 0 ? '@admin' : `u${i}`, body, createdAt: `2024-01-0${1 + (i % 8)}T10:00:00Z`, status: 'pending', compound: -0.5, priority: 0.3, flags: i === 1 ? [{ category: 'insult', reason: 'an "insult", quoted' }] : [] }));
    insertDecision(t.store.db, { commentId: ids[1] ?? 0, toStatus: 'rejected', source: 'human', moderatorId: 'mod-a', reason: 'abusive', note: '-see, "thread"', afterSeconds: 5 });
    const res = await request(t.app).get('/api/export/comments.csv').buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="sift-comments-\d{8}-\d{6}\.csv"$/);
    const rows = parse(res.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(TRICKY.length);
    expect(rows.map((r) => r.body)).toEqual(TRICKY.map((b) => (/^[=+\-@\t\r]/.test(b) ? `'${b}` : b)));
    expect(rows[0]).toMatchObject({ author: "'@admin", article_title: `'=cmd|"/c calc"!A1, the "title"`, compound: '-0.5', status: 'pending', decision_status: '' });
    expect(rows[1]).toMatchObject({
      flags: 'insult',
      flag_reasons: 'insult: an "insult", quoted',
      decision_status: 'rejected',
      decision_moderator: 'mod-a',
      decision_reason: 'abusive',
      decision_note: `'-see, "thread"`,
      created_at: '2024-01-02T10:00:00.000Z',
    });
  });

  it('exports JSON and NDJSON that parse back, with the same filters as the queue', async () => {
    seedJanuary(t.store.db);
    const json = await request(t.app).get('/api/export/comments.json').query({ flag: 'insult' }).buffer(true);
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const items = JSON.parse(json.text);
    expect(items.map((c: { author: { name: string } }) => c.author.name)).toEqual(['bob', 'cat']);
    expect(items[0]).toMatchObject({
      articleTitle: 'Bridge <b>plans</b>',
      status: 'rejected',
      sentiment: { label: 'negative', compound: -0.8 },
      priority: 0.9,
      flags: [{ category: 'insult', reason: 'calls someone an idiot' }],
      lastDecision: { status: 'rejected', source: 'human', moderatorId: 'mod-a', reason: 'abusive', note: null, at: '2024-01-10T12:21:00.000Z' },
      createdAt: '2024-01-10T12:00:00.000Z',
    });
    expect(items[1].lastDecision).toBeNull();

    const nd = await request(t.app).get('/api/export/comments.ndjson').query({ view: 'pending' }).buffer(true);
    const lines = nd.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((c: { author: { name: string } }) => c.author.name)).toEqual(['cat', 'dan']);

    const searched = await request(t.app).get('/api/export/comments.ndjson').query({ q: 'eve' }).buffer(true);
    expect(searched.text.trim().split('\n').map((l) => JSON.parse(l).author.name)).toEqual(['eve']);

    const empty = await request(t.app).get('/api/export/comments.json').query({ author: 'nobody' }).buffer(true);
    expect(JSON.parse(empty.text)).toEqual([]);
    expect((await request(t.app).get('/api/export/comments.csv').query({ view: 'bogus' })).status).toBe(400);
  });

  it('streams more rows than one batch in id order', async () => {
    const a = insertArticle(t.store.db, 'Many');
    const insert = t.store.db.transaction(() => {
      for (let i = 0; i < 2500; i++) insertComment(t.store.db, { articleId: a, author: `u${i % 7}`, body: `n${i}`, createdAt: '2024-01-01T00:00:00Z', status: 'pending', compound: 0 });
    });
    insert();
    const res = await request(t.app).get('/api/export/comments.ndjson').buffer(true);
    const bodies = res.text.trim().split('\n').map((l) => JSON.parse(l).body);
    expect(bodies).toHaveLength(2500);
    expect(bodies[0]).toBe('n0');
    expect(bodies[2499]).toBe('n2499');
  });

  it('stops reading the database when the client disconnects', async () => {
    const a = insertArticle(t.store.db, 'Many');
    t.store.db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insertComment(t.store.db, { articleId: a, author: 'u', body: `row ${i} `.repeat(40), createdAt: '2024-01-01T00:00:00Z', status: 'pending', compound: 0 });
    })();
    let rows = 0;
    const original = t.store.exportComments.bind(t.store);
    t.store.exportComments = async function* (filters, size) {
      for await (const batch of original(filters, size)) {
        rows += batch.length;
        yield batch;
      }
    };
    const server = http.createServer(t.app).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const finished = new Promise<void>((resolve) => {
      const req = http.get(`http://127.0.0.1:${port}/api/export/comments.ndjson`, (res) => {
        res.once('data', () => {
          req.destroy();
          setTimeout(resolve, 300);
        });
      });
      req.on('error', () => undefined);
    });
    await finished;
    server.close();
    // It read something, and stopped well before the end of the 20,000 rows.
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(15_000);
  });

  it('exports the decision log of a date range as CSV', async () => {
    seedJanuary(t.store.db);
    const res = await request(t.app).get('/api/export/audit.csv').query({ from: '2024-01-01T00:00:00Z', to: '2024-02-01T00:00:00Z' }).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('sift-audit-');
    const rows = parse(res.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.to_status, r.source, r.moderator, r.reason])).toEqual([
      ['approved', 'human', 'mod-a', ''],
      ['rejected', 'human', 'mod-a', 'abusive'],
      ['rejected', 'rule', '', 'spam'],
      ['escalated', 'human', 'mod-b', ''],
    ]);
    expect(rows[0]?.at).toBe('2024-01-10T10:11:00.000Z');
  });
});
