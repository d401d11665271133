import type { CommentFilters } from '@sift/shared';
import { toFtsTerms } from '../fts-query';
import { flagMaskOf } from '../sqlite/comment-filters-sql';

export interface PgSqlFragment {
  /** Conditions on the comments table aliased `c`, joined with AND; "TRUE" when there are none. */
  where: string;
  params: unknown[];
}

/**
 * A tsquery where every word must match and the last one is a prefix, built
 * from the same terms as SQLite's query. Terms hold only letters, digits and
 * `_` (see toFtsTerms), and are quoted, so tsquery operators in the input are
 * inert. Accents are removed as in the indexed column.
 */
export function pgTsQuery(input: string): string | null {
  const words = toFtsTerms(input);
  if (!words) return null;
  return words.map((w, i) => `'${w.replace(/['\\]/g, '')}'${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

/**
 * The PostgreSQL twin of commentFiltersSql (server/src/store/sqlite/comment-filters-sql.ts):
 * same filters, same meaning, `$n` placeholders numbered after `params`
 * already bound by the caller (pass them in, get them back extended).
 */
export function commentFiltersPg(f: CommentFilters, opts: { ignoreView?: boolean; params?: unknown[] } = {}): PgSqlFragment {
  const where: string[] = [];
  const params: unknown[] = [...(opts.params ?? [])];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (!opts.ignoreView && f.view && f.view !== 'all') {
    if (f.view === 'flagged') where.push("c.status = 'pending' AND c.flag_mask != 0");
    else where.push(`c.status = ${p(f.view)}`);
  }
  if (f.articleId !== undefined) where.push(`c.article_id = ${p(f.articleId)}`);
  if (f.authorId !== undefined) where.push(`c.author_id = ${p(f.authorId)}`);
  if (f.author) where.push(`c.author_id IN (SELECT id FROM authors WHERE name = ${p(f.author)})`);
  if (f.flag?.length) where.push(`(c.flag_mask & ${p(flagMaskOf(f.flag))}::integer) != 0`);
  if (f.sentiment?.length) where.push(`c.sentiment_label = ANY(${p(f.sentiment)}::text[])`);
  if (f.compoundMin !== undefined) where.push(`c.compound >= ${p(f.compoundMin)}`);
  if (f.compoundMax !== undefined) where.push(`c.compound <= ${p(f.compoundMax)}`);
  if (f.priorityMin !== undefined) where.push(`c.priority >= ${p(f.priorityMin)}`);
  if (f.priorityMax !== undefined) where.push(`c.priority <= ${p(f.priorityMax)}`);
  if (f.from) where.push(`c.created_at >= ${p(Date.parse(f.from))}::bigint`);
  if (f.to) where.push(`c.created_at < ${p(Date.parse(f.to))}::bigint`);
  if (f.q !== undefined) {
    const query = pgTsQuery(f.q);
    if (query) where.push(`c.search @@ to_tsquery('simple'::regconfig, sift_unaccent(${p(query)}::text))`);
  }
  if (f.moderatorId !== undefined || f.decisionSource !== undefined) {
    const cond = ['d.comment_id = c.id'];
    if (f.moderatorId !== undefined) cond.push(`d.moderator_id = ${p(f.moderatorId)}`);
    if (f.decisionSource !== undefined) cond.push(`d.source = ${p(f.decisionSource)}`);
    where.push(`EXISTS (SELECT 1 FROM decisions d WHERE ${cond.join(' AND ')})`);
  }
  return { where: where.length ? where.join(' AND ') : 'TRUE', params };
}
