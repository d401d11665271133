import { flagCategories, type Article, type Comment, type CommentStatus, type Scores } from '@sift/shared';

export interface ArticleRow {
  id: number;
  external_id: string | null;
  title: string;
  url: string | null;
  body: string | null;
  published_at: number | null;
  created_at: number;
  comment_count?: number;
}

export interface CommentRow {
  id: number;
  external_id: string | null;
  article_id: number;
  parent_id: number | null;
  author_id: number;
  author_name: string;
  author_external_id: string | null;
  body: string;
  created_at: number;
  received_at: number;
  status: CommentStatus;
  version: number;
  scores: string | null;
}

export const iso = (ms: number): string => new Date(ms).toISOString();

export function toArticle(r: ArticleRow): Article {
  const article: Article = {
    id: r.id,
    externalId: r.external_id,
    title: r.title,
    url: r.url,
    body: r.body,
    publishedAt: r.published_at === null ? null : iso(r.published_at),
    createdAt: iso(r.created_at),
  };
  if (r.comment_count !== undefined) article.commentCount = r.comment_count;
  return article;
}

export function toComment(r: CommentRow): Comment {
  return {
    id: r.id,
    externalId: r.external_id,
    articleId: r.article_id,
    parentId: r.parent_id,
    author: { id: r.author_id, name: r.author_name, externalId: r.author_external_id },
    body: r.body,
    createdAt: iso(r.created_at),
    receivedAt: iso(r.received_at),
    status: r.status,
    version: r.version,
    scores: r.scores === null ? null : (JSON.parse(r.scores) as Scores),
  };
}

/** The columns a comment is read with; joins the author. */
export const COMMENT_COLUMNS = `c.id, c.external_id, c.article_id, c.parent_id, c.author_id, a.name AS author_name,
  a.external_id AS author_external_id, c.body, c.created_at, c.received_at, c.status, c.version, c.scores`;

export function flagMask(scores: Scores | null): number {
  if (!scores) return 0;
  let mask = 0;
  for (const f of scores.flags) mask |= 1 << flagCategories.indexOf(f.category);
  return mask;
}

export function authorKey(author: { name: string; externalId: string | null }): string {
  return author.externalId !== null ? `id:${author.externalId}` : `name:${author.name}`;
}
