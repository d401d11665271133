/**
 * Orders comments as threads: each top-level comment followed by its replies
 * (depth first, replies oldest first), with their depth. Replies whose parent
 * is not in the list are shown as top-level, so nothing is lost.
 */
export function threadOrder<T extends { id: number; parentId: number | null }>(comments: readonly T[]): { comment: T; depth: number }[] {
  const ids = new Set(comments.map((c) => c.id));
  const children = new Map<number | null, T[]>();
  for (const c of comments) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  const out: { comment: T; depth: number }[] = [];
  const seen = new Set<number>();
  const stack: { comment: T; depth: number }[] = [...(children.get(null) ?? [])].reverse().map((comment) => ({ comment, depth: 0 }));
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next.comment.id)) continue;
    seen.add(next.comment.id);
    out.push(next);
    const replies = children.get(next.comment.id) ?? [];
    for (let i = replies.length - 1; i >= 0; i -= 1) stack.push({ comment: replies[i]!, depth: next.depth + 1 });
  }
  // A reply cycle (bad data) would leave comments unreached; show them flat.
  for (const c of comments) if (!seen.has(c.id)) out.push({ comment: c, depth: 0 });
  return out;
}
