import { createHash } from 'node:crypto';
import { z } from 'zod';
import { cleanText, isoDate, limits } from '@sift/shared';

/**
 * One comment row of a CSV or JSON import. Columns are forgiving about names
 * (text/comment/body, author/author_name, ...) because exports of other tools differ.
 */
export const ImportRecord = z.object({
  externalId: cleanText(limits.externalId, 1).optional(),
  articleId: z.coerce.number().int().positive().optional(),
  articleExternalId: cleanText(limits.externalId, 1).optional(),
  articleTitle: cleanText(limits.title, 1).optional(),
  articleUrl: z.url({ protocol: /^https?$/ }).max(limits.url).optional(),
  author: cleanText(limits.authorName, 1),
  authorExternalId: cleanText(limits.externalId, 1).optional(),
  body: cleanText(limits.commentBody, 1),
  createdAt: isoDate.optional(),
  parentExternalId: cleanText(limits.externalId, 1).optional(),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

const ALIASES: Record<string, keyof ImportRecord> = {
  id: 'externalId',
  externalid: 'externalId',
  external_id: 'externalId',
  commentid: 'externalId',
  comment_id: 'externalId',
  articleid: 'articleId',
  article_id: 'articleId',
  articleexternalid: 'articleExternalId',
  article_external_id: 'articleExternalId',
  article: 'articleTitle',
  articletitle: 'articleTitle',
  article_title: 'articleTitle',
  title: 'articleTitle',
  articleurl: 'articleUrl',
  article_url: 'articleUrl',
  url: 'articleUrl',
  author: 'author',
  authorname: 'author',
  author_name: 'author',
  name: 'author',
  user: 'author',
  username: 'author',
  authorexternalid: 'authorExternalId',
  author_external_id: 'authorExternalId',
  author_id: 'authorExternalId',
  authorid: 'authorExternalId',
  body: 'body',
  text: 'body',
  comment: 'body',
  content: 'body',
  message: 'body',
  createdat: 'createdAt',
  created_at: 'createdAt',
  date: 'createdAt',
  timestamp: 'createdAt',
  parentexternalid: 'parentExternalId',
  parent_external_id: 'parentExternalId',
  parentid: 'parentExternalId',
  parent_id: 'parentExternalId',
  parent: 'parentExternalId',
};

/** Maps a raw row's keys to ImportRecord fields; empty cells count as absent. */
export function normaliseRow(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = ALIASES[key.trim().toLowerCase().replace(/[\s-]/g, '_')] ?? ALIASES[key.trim().toLowerCase().replace(/[\s_-]/g, '')];
    if (!field || value === '' || value === null || value === undefined) continue;
    if (field === 'author' && typeof value === 'object') {
      const a = value as { name?: unknown; externalId?: unknown };
      out.author = a.name;
      if (a.externalId !== undefined) out.authorExternalId = a.externalId;
      continue;
    }
    if (field === 'createdAt' && typeof value === 'string' && !Number.isNaN(Date.parse(value)) && !/[zZ]|[+-]\d\d:?\d\d$/.test(value)) {
      // A date without a zone is read as UTC rather than refused.
      out.createdAt = new Date(`${value.replace(' ', 'T')}Z`).toISOString();
      continue;
    }
    out[field] = typeof value === 'number' && field !== 'articleId' ? String(value) : value;
  }
  return out;
}

export function shortHash(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 24);
}
