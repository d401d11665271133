import type { QueueItem } from '@sift/shared';
import type { StoredQueuePage } from './moderation-store';
import { toComment, type CommentRow } from './sqlite/rows';

/** A queue row as both SQL dialects select it: the comment, its sort key, article title and author counters. */
export interface QueueRow extends CommentRow {
  sort_key: number;
  article_title: string;
  author_comments: number;
  author_approved: number;
  author_rejected: number;
}

/** Shapes `limit + 1` fetched rows into a page and the keyset position of the next one. */
export function toQueuePage(rows: QueueRow[], limit: number): StoredQueuePage {
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const items: QueueItem[] = page.map((r) => ({
    ...toComment(r),
    articleTitle: r.article_title,
    authorHistory: { comments: r.author_comments, approved: r.author_approved, rejected: r.author_rejected },
  }));
  const last = page.at(-1);
  return { items, next: more && last ? { key: last.sort_key, id: last.id } : null };
}
