import type { Article, ArticleInput, Comment, CommentStatus, Scores } from '@sift/shared';

/**
 * Storage seam. Every method is async so that the SQLite implementation (the
 * embedded default) and the PostgreSQL one serve the same callers.
 * Capability folders add their own parts (moderation, stats, auth, ...) as
 * further interfaces that `Store` extends.
 */
export interface ArticleStore {
  /** Creates the article, or returns the existing one with the same externalId. */
  upsertArticle(input: ArticleInput): Promise<{ article: Article; created: boolean }>;
  getArticle(id: number): Promise<Article | null>;
  findArticleIds(refs: { ids: number[]; externalIds: string[] }): Promise<{ ids: Set<number>; byExternalId: Map<string, number> }>;
  listArticles(opts: { limit: number; cursor?: number }): Promise<{ items: Article[]; nextCursor: number | null }>;
}

/** A comment ready to store: validated, its article resolved and scored. */
export interface NewComment {
  externalId: string | null;
  articleId: number;
  parentId: number | null;
  /** Resolved inside the transaction, so a batch may reply to its own comments. */
  parentExternalId: string | null;
  author: { name: string; externalId: string | null };
  body: string;
  createdAt: number;
  receivedAt: number;
  status: CommentStatus;
  scores: Scores | null;
  /** When a rule decided the initial status, the decision to log with it. */
  ruleDecision: { toStatus: CommentStatus; reason: string | null; note: string | null } | null;
}

export interface StoredIngest {
  comment: Comment;
  created: boolean;
}

export interface CommentStore {
  /**
   * Inserts all comments in one transaction; a comment whose externalId is
   * already stored is returned as it is (`created: false`). Throws
   * `ParentNotFoundError` (nothing stored) when a parent cannot be resolved.
   */
  insertComments(comments: NewComment[]): Promise<StoredIngest[]>;
  getComment(id: number): Promise<Comment | null>;
  countComments(): Promise<number>;
}

export class ParentNotFoundError extends Error {
  constructor(readonly index: number) {
    super(`parent of comment ${index} not found`);
  }
}

export interface StoreAdmin {
  readonly kind: 'sqlite' | 'postgres';
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface Store extends StoreAdmin, ArticleStore, CommentStore {}
