import { flagCategories, type CommentFilters } from '@sift/shared';
import { sqliteFtsQuery } from '../fts-query';

export interface SqlFragment {
  /** Conditions on the comments table aliased `c`, joined with AND; "1" when there are none. */
  where: string;
  params: (string | number)[];
}

export function flagMaskOf(categories: readonly string[]): number {
  return categories.reduce((mask, cat) => mask | (1 << flagCategories.indexOf(cat as (typeof flagCategories)[number])), 0);
}

/**
 * The one translation of CommentFilters to SQL, shared by the queue, counts,
 * stats and exports so that a chart drills into exactly the comments it shows.
 * `view` can be left out (counts compute every view at once).
 */
export function commentFiltersSql(f: CommentFilters, opts: { ignoreView?: boolean } = {}): SqlFragment {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (!opts.ignoreView && f.view && f.view !== 'all') {
    if (f.view === 'flagged') add("c.status = 'pending' AND c.flag_mask != 0");
    else add('c.status = ?', f.view);
  }
  if (f.articleId !== undefined) add('c.article_id = ?', f.articleId);
  if (f.authorId !== undefined) add('c.author_id = ?', f.authorId);
  if (f.author) add('c.author_id IN (SELECT id FROM authors WHERE name = ?)', f.author);
  if (f.flag?.length) add('(c.flag_mask & ?) != 0', flagMaskOf(f.flag));
  if (f.sentiment?.length) add(`c.sentiment_label IN (${f.sentiment.map(() => '?').join(',')})`, ...f.sentiment);
  if (f.compoundMin !== undefined) add('c.compound >= ?', f.compoundMin);
  if (f.compoundMax !== undefined) add('c.compound <= ?', f.compoundMax);
  if (f.priorityMin !== undefined) add('c.priority >= ?', f.priorityMin);
  if (f.priorityMax !== undefined) add('c.priority <= ?', f.priorityMax);
  if (f.from) add('c.created_at >= ?', Date.parse(f.from));
  if (f.to) add('c.created_at < ?', Date.parse(f.to));
  if (f.q !== undefined) {
    const match = sqliteFtsQuery(f.q);
    if (match) add('c.id IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?)', match);
  }
  if (f.moderatorId !== undefined || f.decisionSource !== undefined) {
    const cond = ['d.comment_id = c.id'];
    const values: (string | number)[] = [];
    if (f.moderatorId !== undefined) {
      cond.push('d.moderator_id = ?');
      values.push(f.moderatorId);
    }
    if (f.decisionSource !== undefined) {
      cond.push('d.source = ?');
      values.push(f.decisionSource);
    }
    add(`EXISTS (SELECT 1 FROM decisions d WHERE ${cond.join(' AND ')})`, ...values);
  }
  return { where: where.length ? where.join(' AND ') : '1', params };
}
