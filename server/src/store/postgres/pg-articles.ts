import type { Article, ArticleInput } from '@sift/shared';
import type pg from 'pg';
import { toArticle, type ArticleRow } from '../sqlite/rows';
import { withTransaction, type Queryable } from './pg-pool';

const ARTICLE_WITH_COUNT = `SELECT *, (SELECT COUNT(*) FROM comments c WHERE c.article_id = articles.id) AS comment_count FROM articles`;

async function articleById(db: Queryable, id: number): Promise<Article | null> {
  const { rows } = await db.query<ArticleRow>(`${ARTICLE_WITH_COUNT} WHERE id = $1`, [id]);
  return rows[0] ? toArticle(rows[0]) : null;
}

export async function upsertArticle(pool: pg.Pool, input: ArticleInput): Promise<{ article: Article; created: boolean }> {
  const { id, created } = await withTransaction(pool, async (c) => {
    // Look first so a repeat does not use up an id (SQLite hands out the
    // same ids for the same sequence of calls); ON CONFLICT covers the race
    // with another server.
    if (input.externalId !== undefined) {
      const found = await c.query<{ id: number }>('SELECT id FROM articles WHERE external_id = $1', [input.externalId]);
      if (found.rows[0]) return { id: found.rows[0].id, created: false };
    }
    const ins = await c.query<{ id: number }>(
      `INSERT INTO articles (external_id, title, url, body, published_at, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (external_id) DO NOTHING RETURNING id`,
      [input.externalId ?? null, input.title, input.url ?? null, input.body ?? null, input.publishedAt ? Date.parse(input.publishedAt) : null, Date.now()],
    );
    if (ins.rows[0]) return { id: ins.rows[0].id, created: true };
    const raced = await c.query<{ id: number }>('SELECT id FROM articles WHERE external_id = $1', [input.externalId]);
    return { id: raced.rows[0]!.id, created: false };
  });
  const article = await articleById(pool, id);
  if (!article) throw new Error('article vanished after insert');
  return { article, created };
}

export const getArticle = articleById;

export async function findArticleIds(db: Queryable, refs: { ids: number[]; externalIds: string[] }) {
  const ids = new Set<number>();
  const byExternalId = new Map<string, number>();
  if (refs.ids.length) {
    const { rows } = await db.query<{ id: number }>('SELECT id FROM articles WHERE id = ANY($1::bigint[])', [[...new Set(refs.ids)]]);
    for (const r of rows) ids.add(r.id);
  }
  if (refs.externalIds.length) {
    const { rows } = await db.query<{ id: number; external_id: string }>(
      'SELECT id, external_id FROM articles WHERE external_id = ANY($1::text[])',
      [[...new Set(refs.externalIds)]],
    );
    for (const r of rows) byExternalId.set(r.external_id, r.id);
  }
  return { ids, byExternalId };
}

export async function listArticles(db: Queryable, opts: { limit: number; cursor?: number }) {
  const { rows } = await db.query<ArticleRow>(`${ARTICLE_WITH_COUNT} WHERE id < $1 ORDER BY id DESC LIMIT $2`, [
    opts.cursor ?? Number.MAX_SAFE_INTEGER,
    opts.limit + 1,
  ]);
  const more = rows.length > opts.limit;
  const items = rows.slice(0, opts.limit).map(toArticle);
  return { items, nextCursor: more ? (items.at(-1)?.id ?? null) : null };
}
