import type { QueueItem, Scores } from '@sift/shared';

export function scores(overrides: Partial<Scores> = {}): Scores {
  return {
    scorerVersion: 'test',
    sentiment: { score: -2, compound: -0.5, label: 'negative', contributions: [] },
    flags: [],
    priority: 0.6,
    priorityReasons: [],
    ...overrides,
  };
}

export function queueItem(id: number, overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    id,
    externalId: null,
    articleId: 1,
    parentId: null,
    author: { id: 100 + id, name: `Author ${id}`, externalId: null },
    body: `Comment number ${id}`,
    createdAt: '2025-01-01T10:00:00.000Z',
    receivedAt: '2025-01-01T10:00:00.000Z',
    status: 'pending',
    version: 1,
    scores: scores(),
    articleTitle: 'The article',
    authorHistory: { comments: 3, rejected: 1, approved: 2 },
    ...overrides,
  };
}
