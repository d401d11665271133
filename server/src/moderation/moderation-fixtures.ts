import type { CommentStatus, FlagCategory, Scores } from '@sift/shared';
import type { Store } from '../store/store';

// Test helpers: comments with chosen scores, stored directly (no scorer).

export function fakeScores(s: { priority?: number; compound?: number; flags?: FlagCategory[] } = {}): Scores {
  const compound = s.compound ?? 0;
  return {
    scorerVersion: 'test',
    sentiment: { score: compound * 5, compound, label: compound > 0.05 ? 'positive' : compound < -0.05 ? 'negative' : 'neutral', contributions: [] },
    flags: (s.flags ?? []).map((category) => ({ category, severity: 'medium', confidence: 0.9, spans: [], reason: 'test' })),
    priority: s.priority ?? 0,
    priorityReasons: [],
  };
}

export interface SeedComment {
  body?: string;
  author?: string;
  status?: CommentStatus;
  priority?: number;
  compound?: number;
  flags?: FlagCategory[];
  createdAt?: number;
  articleId?: number;
}

export async function seedArticle(store: Store, title = 'Bridge approved'): Promise<number> {
  return (await store.upsertArticle({ title })).article.id;
}

/** Stores the comments in order; returns their ids. */
export async function seedComments(store: Store, articleId: number, specs: SeedComment[]): Promise<number[]> {
  const base = Date.UTC(2024, 0, 1);
  const stored = await store.insertComments(
    specs.map((c, i) => ({
      externalId: null,
      articleId: c.articleId ?? articleId,
      parentId: null,
      parentExternalId: null,
      author: { name: c.author ?? `user${i}`, externalId: null },
      body: c.body ?? `comment ${i}`,
      createdAt: c.createdAt ?? base + i * 60_000,
      receivedAt: c.createdAt ?? base + i * 60_000,
      status: c.status ?? 'pending',
      scores: fakeScores(c),
      ruleDecision: null,
    })),
  );
  return stored.map((s) => s.comment.id);
}
