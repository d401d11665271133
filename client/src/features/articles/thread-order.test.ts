import { describe, expect, it } from 'vitest';
import { threadOrder } from './thread-order';

describe('threadOrder', () => {
  it('puts replies under their parent, depth first, keeping the given order among siblings', () => {
    const comments = [
      { id: 1, parentId: null },
      { id: 2, parentId: null },
      { id: 3, parentId: 1 },
      { id: 4, parentId: 3 },
      { id: 5, parentId: 1 },
      { id: 6, parentId: 2 },
    ];
    expect(threadOrder(comments).map((c) => [c.comment.id, c.depth])).toEqual([
      [1, 0],
      [3, 1],
      [4, 2],
      [5, 1],
      [2, 0],
      [6, 1],
    ]);
  });

  it('shows replies to comments not in the list, and cycles, at the top level', () => {
    const comments = [
      { id: 1, parentId: 99 },
      { id: 2, parentId: 3 },
      { id: 3, parentId: 2 },
    ];
    expect(threadOrder(comments).map((c) => c.comment.id).sort()).toEqual([1, 2, 3]);
  });
});
