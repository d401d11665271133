import type { CommentFilters } from '@sift/shared';
import { flagMaskOf } from '../../store/sqlite/comment-filters-sql';
import { MAX_TIME, MIN_TIME } from './rollup-ranges';
import type { CubeSpec } from './rollup-spec';

// Which filters a rollup can answer, as conditions on its dimensions. Any
// other filter (text search, author, priority or compound range, decisions by
// a moderator) returns null: the caller scans the comments instead, so the
// answer is the same either way.

export interface RollupWhere {
  where: string;
  params: (string | number)[];
}

const nonEmpty = (x: readonly unknown[] | undefined) => x !== undefined && x.length > 0;

/** Filters no rollup knows about. */
function hasScanOnlyFilter(f: CommentFilters): boolean {
  return (
    f.authorId !== undefined ||
    f.author !== undefined ||
    f.compoundMin !== undefined ||
    f.compoundMax !== undefined ||
    f.priorityMin !== undefined ||
    f.priorityMax !== undefined ||
    f.q !== undefined ||
    f.moderatorId !== undefined ||
    f.decisionSource !== undefined
  );
}

/** Conditions on a comment cube's dimensions, or null when it cannot answer these filters. */
export function commentCubeWhere(f: CommentFilters, cube: CubeSpec): RollupWhere | null {
  if (hasScanOnlyFilter(f)) return null;
  const has = (d: string) => (cube.dims as string[]).includes(d);
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (f.view && f.view !== 'all') {
    if (!has('status') || !has('flag_mask')) return null;
    if (f.view === 'flagged') where.push("status = 'pending' AND flag_mask != 0");
    else {
      where.push('status = ?');
      params.push(f.view);
    }
  }
  if (f.articleId !== undefined) {
    if (!has('article_id')) return null;
    where.push('article_id = ?');
    params.push(f.articleId);
  }
  if (nonEmpty(f.flag)) {
    if (!has('flag_mask')) return null;
    where.push('(flag_mask & ?) != 0');
    params.push(flagMaskOf(f.flag ?? []));
  }
  if (nonEmpty(f.sentiment)) {
    if (!has('sentiment_label')) return null;
    where.push(`sentiment_label IN (${(f.sentiment ?? []).map(() => '?').join(', ')})`);
    params.push(...(f.sentiment ?? []));
  }
  return { where: where.length ? where.join(' AND ') : '1 = 1', params };
}

/** The comment creation range of the filters, with open ends closed at the time bounds. */
export function commentRange(f: CommentFilters): [number, number] {
  return [f.from ? Date.parse(f.from) : MIN_TIME, f.to ? Date.parse(f.to) : MAX_TIME];
}

/** The filters with their creation range replaced by [from, to) (for scanning a leftover edge). */
export function withRange(f: CommentFilters, from: number, to: number): CommentFilters {
  return { ...f, from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/**
 * Conditions on decision_rollup / decision_time_rollup for decision queries:
 * only the decision's own filters (moderator, source); any condition on the
 * comments (other than their creation range, which decision queries ignore)
 * needs the join, so null.
 */
export function decisionCubeWhere(f: CommentFilters): RollupWhere | null {
  const commentOnly = { ...f, from: undefined, to: undefined, moderatorId: undefined, decisionSource: undefined };
  if (hasScanOnlyFilter(commentOnly) || commentOnly.articleId !== undefined || nonEmpty(commentOnly.flag) || nonEmpty(commentOnly.sentiment)) return null;
  if (commentOnly.view && commentOnly.view !== 'all') return null;
  const where: string[] = [];
  const params: string[] = [];
  if (f.moderatorId !== undefined) {
    if (f.moderatorId === '') return null; // '' stands for "no moderator" in the rollup
    where.push('moderator_id = ?');
    params.push(f.moderatorId);
  }
  if (f.decisionSource !== undefined) {
    where.push('source = ?');
    params.push(f.decisionSource);
  }
  return { where: where.length ? where.join(' AND ') : '1 = 1', params };
}
