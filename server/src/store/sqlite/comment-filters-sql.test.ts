import { describe, expect, it } from 'vitest';
import { CommentFilters } from '@sift/shared';
import { openDatabase } from './database';
import { commentFiltersSql } from './comment-filters-sql';
import { sqliteFtsQuery } from '../fts-query';

describe('commentFiltersSql', () => {
  it('parses query-string filters and builds parameterised SQL', () => {
    const f = CommentFilters.parse({ view: 'flagged', flag: 'insult,threat', sentiment: 'negative', compoundMax: '-0.5', q: 'bridge' });
    const sql = commentFiltersSql(f);
    expect(sql.where).toContain("c.status = 'pending' AND c.flag_mask != 0");
    expect(sql.params).toEqual([(1 << 1) | (1 << 2), 'negative', -0.5, '"bridge"*']);
  });

  it('selects exactly the matching rows in a real database', () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO articles (title, created_at) VALUES ('a', 0);
      INSERT INTO authors (author_key, name) VALUES ('name:x', 'x');
      INSERT INTO comments (article_id, author_id, body, created_at, received_at, status, compound, sentiment_label, flag_mask)
      VALUES (1, 1, 'lovely bridge', 10, 10, 'pending', 0.8, 'positive', 0),
             (1, 1, 'you idiot, the bridge', 20, 20, 'pending', -0.7, 'negative', 2),
             (1, 1, 'meh', 30, 30, 'approved', 0, 'neutral', 0);`);
    const ids = (raw: Record<string, string>) => {
      const { where, params } = commentFiltersSql(CommentFilters.parse(raw));
      return (db.prepare(`SELECT id FROM comments c WHERE ${where} ORDER BY id`).all(...params) as { id: number }[]).map((r) => r.id);
    };
    expect(ids({})).toEqual([1, 2, 3]);
    expect(ids({ view: 'flagged' })).toEqual([2]);
    expect(ids({ view: 'approved' })).toEqual([3]);
    expect(ids({ q: 'brid' })).toEqual([1, 2]);
    expect(ids({ q: 'bridge" OR meh' })).toEqual([]);
    expect(ids({ sentiment: 'positive,neutral' })).toEqual([1, 3]);
    expect(ids({ from: new Date(15).toISOString(), to: new Date(30).toISOString() })).toEqual([2]);
    db.close();
  });

  it('quotes every word of a search so FTS syntax in the input is inert', () => {
    expect(sqliteFtsQuery('NEAR(a b) "x" OR *')).toBe('"NEAR" "a" "b" "x" "OR"*');
    expect(sqliteFtsQuery('  !!! ')).toBeNull();
  });
});
