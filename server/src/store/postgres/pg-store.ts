import type { Article, ArticleInput, Comment } from '@sift/shared';
import type pg from 'pg';
import type { AuthStore, JobLease, NewComment, Store, StoredIngest } from '../store';
import { COMMENT_COLUMNS, toComment, type CommentRow } from '../sqlite/rows';
import { createPool, isUniqueViolation, withTransaction, type PoolOptions } from './pg-pool';
import { runPgMigrations } from './migrate';
import { pgMigrations } from './migrations';
import * as articles from './pg-articles';
import { insertCommentBatch } from './pg-insert-comments';
import type { ModerationStore } from '../moderation-store';
import { pgModeration } from './pg-moderation';
import { pgAuth } from './pg-auth';
import type { AnalyticsStore } from '../analytics-store';
import { pgAnalytics } from './pg-analytics';
import type { SiteModelStore } from '../../site-learning/site-model-store';
import { pgSiteModel } from './pg-site-model';
import { runExclusive, type LeaseResult } from './job-lease';

export interface PgStoreOptions extends PoolOptions {
  /** Skip migrations (a test database cloned from a migrated template). */
  migrate?: boolean;
}

// The capability parts (moderation, ...) live in their own files and are
// taken on in the constructor, as in SqliteStore.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PgStore extends ModerationStore, AuthStore, AnalyticsStore, SiteModelStore {}

/**
 * The PostgreSQL store: same interface and API output as SqliteStore, for
 * sites that run several Sift servers on one database. Open with
 * `PgStore.open(url)`, which migrates first.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PgStore implements Store {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  private closed = false;

  private constructor(readonly url: string, options: PoolOptions) {
    this.pool = createPool(url, options);
    Object.assign(
      this,
      pgModeration(this.pool),
      pgAuth(this.pool),
      pgAnalytics(this.pool),
      pgSiteModel(this.pool),
    );
  }

  static async open(url: string, options: PgStoreOptions = {}): Promise<PgStore> {
    const store = new PgStore(url, options);
    try {
      if (options.migrate !== false) await runPgMigrations(store.pool, pgMigrations);
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  /** Runs `fn` in a transaction (on one pooled connection). */
  tx<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return withTransaction(this.pool, fn);
  }

  /**
   * Runs a background job (rescore, retention pruning) on one server only:
   * `{ ran: false }` when another server holds the job's lease.
   */
  runExclusive<T>(job: string, fn: (lease: JobLease) => Promise<T>): Promise<LeaseResult<T>> {
    return runExclusive(this.pool, job, fn);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  upsertArticle(input: ArticleInput): Promise<{ article: Article; created: boolean }> {
    return articles.upsertArticle(this.pool, input);
  }

  getArticle(id: number): Promise<Article | null> {
    return articles.getArticle(this.pool, id);
  }

  findArticleIds(refs: { ids: number[]; externalIds: string[] }) {
    return articles.findArticleIds(this.pool, refs);
  }

  listArticles(opts: { limit: number; cursor?: number }) {
    return articles.listArticles(this.pool, opts);
  }

  async insertComments(comments: NewComment[]): Promise<StoredIngest[]> {
    if (!comments.length) return [];
    // Another server may store the same externalId between our look-up and
    // our insert; the retry then finds it stored, as a repeat would.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.tx((c) => insertCommentBatch(c, comments));
      } catch (err) {
        if (!isUniqueViolation(err) || attempt >= 3) throw err;
      }
    }
  }

  async getComment(id: number): Promise<Comment | null> {
    const { rows } = await this.pool.query<CommentRow>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN authors a ON a.id = c.author_id WHERE c.id = $1`,
      [id],
    );
    return rows[0] ? toComment(rows[0]) : null;
  }

  async countComments(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT COUNT(*) AS n FROM comments');
    return rows[0]?.n ?? 0;
  }
}
