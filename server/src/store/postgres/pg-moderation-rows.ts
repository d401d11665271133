import type { Queryable } from './pg-pool';
import { COMMENT_COLUMNS, toComment, type CommentRow } from '../sqlite/rows';
import type { Comment } from '@sift/shared';

export async function commentById(db: Queryable, id: number): Promise<Comment | null> {
  const { rows } = await db.query<CommentRow>(`SELECT ${COMMENT_COLUMNS} FROM comments c JOIN authors a ON a.id = c.author_id WHERE c.id = $1`, [id]);
  return rows[0] ? toComment(rows[0]) : null;
}
