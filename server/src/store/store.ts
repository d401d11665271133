import type { Article, ArticleInput, Comment, CommentStatus, Scores } from '@sift/shared';
import type { ModerationStore } from './moderation-store';
import type { AnalyticsStore } from './analytics-store';
import type { SiteModelStore } from '../site-learning/site-model-store';

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

export type Role = 'admin' | 'moderator' | 'viewer';

export interface StoredUser {
  id: number;
  username: string;
  role: Role;
  /** Self-describing: algorithm, cost parameters, salt and key (see auth/password-hash.ts). */
  passwordHash: string;
  mustChangePassword: boolean;
  /** Demo accounts (password "demo") only log in while the server runs in demo mode. */
  isDemo: boolean;
  createdAt: number;
}

export interface StoredSession {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  tokenHash: string;
  userId: number;
  createdAt: number;
  lastSeenAt: number;
}

export interface StoredApiKey {
  id: number;
  name: string;
  /** The first characters of the key, to tell keys apart in lists. */
  prefix: string;
  createdAt: number;
  createdBy: string | null;
  revokedAt: number | null;
  lastUsedAt: number | null;
}

/** Accounts, sessions and API keys. Times are epoch milliseconds. */
export interface AuthStore {
  countUsers(): Promise<number>;
  findUser(username: string): Promise<StoredUser | null>;
  listUsers(): Promise<StoredUser[]>;
  /** null when the username is taken. */
  insertUser(user: Omit<StoredUser, 'id'>): Promise<StoredUser | null>;
  /** Sets the password and ends every session of the user, in one transaction. */
  setPassword(userId: number, passwordHash: string, mustChangePassword: boolean): Promise<void>;
  /** Deletes the user and their sessions; false when there was no such user. */
  deleteUser(userId: number): Promise<boolean>;
  insertSession(session: StoredSession): Promise<void>;
  findSession(tokenHash: string): Promise<{ session: StoredSession; user: StoredUser } | null>;
  touchSession(tokenHash: string, at: number): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Deletes sessions created before `createdBefore` or idle since before `idleBefore`. */
  pruneSessions(createdBefore: number, idleBefore: number): Promise<number>;
  insertApiKey(key: { name: string; prefix: string; keyHash: string; createdAt: number; createdBy: string | null }): Promise<StoredApiKey>;
  listApiKeys(): Promise<StoredApiKey[]>;
  /** The key with this hash, revoked or not. */
  findApiKeyByHash(keyHash: string): Promise<StoredApiKey | null>;
  /** false when there is no such key or it was already revoked. */
  revokeApiKey(id: number, at: number): Promise<boolean>;
  touchApiKey(id: number, at: number): Promise<void>;
}

export type LeaseResult<T> = { ran: true; value: T } | { ran: false };

/** Held while a background job runs; `signal` aborts when the lease is lost (its database connection died). */
export interface JobLease {
  readonly signal: AbortSignal;
}

export interface JobLeases {
  /**
   * Runs a background job (rescore, event pruning) only if no other server
   * runs the job of that name: `{ ran: false }` at once otherwise. The lease
   * goes when `fn` settles, or when the server holding it dies.
   */
  runExclusive<T>(job: string, fn: (lease: JobLease) => Promise<T>): Promise<LeaseResult<T>>;
}

export interface Store extends StoreAdmin, JobLeases, ArticleStore, CommentStore, ModerationStore, AuthStore, AnalyticsStore, SiteModelStore {}
