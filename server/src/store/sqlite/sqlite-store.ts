import type { Article, ArticleInput, Comment } from '@sift/shared';
import { ParentNotFoundError, type AuthStore, type JobLease, type LeaseResult, type NewComment, type Store, type StoredIngest } from '../store';
import { runExclusiveInProcess, sqliteLeaseScope } from './sqlite-job-lease';
import type { ModerationStore } from '../moderation-store';
import { sqliteModeration } from './sqlite-moderation';
import { sqliteAuth } from './sqlite-auth';
import type { AnalyticsStore } from '../analytics-store';
import { sqliteAnalytics } from './sqlite-analytics';
import type { SiteModelStore } from '../../site-learning/site-model-store';
import { sqliteSiteModel } from './sqlite-site-model';
import { openDatabase, type Db, type OpenOptions } from './database';
import {
  COMMENT_COLUMNS,
  authorKey,
  flagMask,
  toArticle,
  toComment,
  type ArticleRow,
  type CommentRow,
} from './rows';

// The moderation parts (queue, decisions, settings, events) live in their own
// files and are taken on in the constructor.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface SqliteStore extends ModerationStore, AuthStore, AnalyticsStore, SiteModelStore {}

/**
 * The embedded store. better-sqlite3 is synchronous; the async interface is
 * kept so callers work unchanged on PostgreSQL. Statements are prepared once.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: Db;
  private readonly stmts;
  private readonly leaseScope: string;

  constructor(file: string, options: OpenOptions = {}) {
    this.db = openDatabase(file, options);
    this.leaseScope = sqliteLeaseScope(file);
    Object.assign(this, sqliteModeration(this.db));
    Object.assign(this, sqliteAuth(this.db));
    Object.assign(this, sqliteAnalytics(this.db));
    Object.assign(this, sqliteSiteModel(this.db));
    const db = this.db;
    this.stmts = {
      articleExists: db.prepare<[number], { id: number }>('SELECT id FROM articles WHERE id = ?'),
      articleByExternalId: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE external_id = ?'),
      articleById: db.prepare<[number], ArticleRow>(
        'SELECT *, (SELECT COUNT(*) FROM comments c WHERE c.article_id = articles.id) AS comment_count FROM articles WHERE id = ?',
      ),
      insertArticle: db.prepare(
        `INSERT INTO articles (external_id, title, url, body, published_at, created_at)
         VALUES (@externalId, @title, @url, @body, @publishedAt, @createdAt)`,
      ),
      listArticles: db.prepare<[number, number], ArticleRow>(
        `SELECT *, (SELECT COUNT(*) FROM comments c WHERE c.article_id = articles.id) AS comment_count
         FROM articles WHERE id < ? ORDER BY id DESC LIMIT ?`,
      ),
      commentIdByExternalId: db.prepare<[string], { id: number }>('SELECT id FROM comments WHERE external_id = ?'),
      commentExists: db.prepare<[number], { id: number }>('SELECT id FROM comments WHERE id = ?'),
      commentById: db.prepare<[number], CommentRow>(
        `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN authors a ON a.id = c.author_id WHERE c.id = ?`,
      ),
      authorByKey: db.prepare<[string], { id: number }>('SELECT id FROM authors WHERE author_key = ?'),
      insertAuthor: db.prepare('INSERT INTO authors (author_key, external_id, name) VALUES (?, ?, ?)'),
      insertComment: db.prepare(
        `INSERT INTO comments (external_id, article_id, parent_id, author_id, body, created_at, received_at, status,
           scores, scorer_version, priority, compound, sentiment_label, flag_mask, decided_at)
         VALUES (@externalId, @articleId, @parentId, @authorId, @body, @createdAt, @receivedAt, @status,
           @scores, @scorerVersion, @priority, @compound, @sentimentLabel, @flagMask, @decidedAt)`,
      ),
      insertDecision: db.prepare(
        `INSERT INTO decisions (comment_id, from_status, to_status, reason, note, moderator_id, source, at)
         VALUES (?, NULL, ?, ?, ?, NULL, 'rule', ?)`,
      ),
      countComments: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM comments'),
    };
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** A background job at a time per database file (one file, one machine: an in-process lock is enough). */
  runExclusive<T>(job: string, fn: (lease: JobLease) => Promise<T>): Promise<LeaseResult<T>> {
    return runExclusiveInProcess(this.leaseScope, job, fn);
  }

  async upsertArticle(input: ArticleInput): Promise<{ article: Article; created: boolean }> {
    const tx = this.db.transaction(() => {
      if (input.externalId !== undefined) {
        const existing = this.stmts.articleByExternalId.get(input.externalId);
        if (existing) return { id: existing.id, created: false };
      }
      const info = this.stmts.insertArticle.run({
        externalId: input.externalId ?? null,
        title: input.title,
        url: input.url ?? null,
        body: input.body ?? null,
        publishedAt: input.publishedAt ? Date.parse(input.publishedAt) : null,
        createdAt: Date.now(),
      });
      return { id: Number(info.lastInsertRowid), created: true };
    });
    const { id, created } = tx.immediate();
    const row = this.stmts.articleById.get(id);
    if (!row) throw new Error('article vanished after insert');
    return { article: toArticle(row), created };
  }

  async getArticle(id: number): Promise<Article | null> {
    const row = this.stmts.articleById.get(id);
    return row ? toArticle(row) : null;
  }

  async findArticleIds(refs: { ids: number[]; externalIds: string[] }) {
    const ids = new Set<number>();
    const byExternalId = new Map<string, number>();
    for (const id of new Set(refs.ids)) {
      if (this.stmts.articleExists.get(id)) ids.add(id);
    }
    for (const ext of new Set(refs.externalIds)) {
      const row = this.stmts.articleByExternalId.get(ext);
      if (row) byExternalId.set(ext, row.id);
    }
    return { ids, byExternalId };
  }

  async listArticles(opts: { limit: number; cursor?: number }) {
    const rows = this.stmts.listArticles.all(opts.cursor ?? Number.MAX_SAFE_INTEGER, opts.limit + 1);
    const more = rows.length > opts.limit;
    const items = rows.slice(0, opts.limit).map(toArticle);
    return { items, nextCursor: more ? (items.at(-1)?.id ?? null) : null };
  }

  async insertComments(comments: NewComment[]): Promise<StoredIngest[]> {
    const tx = this.db.transaction((batch: NewComment[]) => {
      const out: { id: number; created: boolean }[] = [];
      batch.forEach((c, index) => out.push(this.insertOne(c, index)));
      return out;
    });
    const inserted = tx.immediate(comments);
    return inserted.map(({ id, created }) => {
      const row = this.stmts.commentById.get(id);
      if (!row) throw new Error(`comment ${id} vanished after insert`);
      return { comment: toComment(row), created };
    });
  }

  private insertOne(c: NewComment, index: number): { id: number; created: boolean } {
    if (c.externalId !== null) {
      const existing = this.stmts.commentIdByExternalId.get(c.externalId);
      if (existing) return { id: existing.id, created: false };
    }
    let parentId = c.parentId;
    if (parentId !== null && !this.stmts.commentExists.get(parentId)) throw new ParentNotFoundError(index);
    if (parentId === null && c.parentExternalId !== null) {
      const parent = this.stmts.commentIdByExternalId.get(c.parentExternalId);
      if (!parent) throw new ParentNotFoundError(index);
      parentId = parent.id;
    }
    const key = authorKey(c.author);
    let authorId = this.stmts.authorByKey.get(key)?.id;
    if (authorId === undefined) {
      authorId = Number(this.stmts.insertAuthor.run(key, c.author.externalId, c.author.name).lastInsertRowid);
    }
    const s = c.scores;
    const info = this.stmts.insertComment.run({
      externalId: c.externalId,
      articleId: c.articleId,
      parentId,
      authorId,
      body: c.body,
      createdAt: c.createdAt,
      receivedAt: c.receivedAt,
      status: c.status,
      scores: s ? JSON.stringify(s) : null,
      scorerVersion: s?.scorerVersion ?? null,
      priority: s?.priority ?? 0,
      compound: s?.sentiment.compound ?? null,
      sentimentLabel: s?.sentiment.label ?? null,
      flagMask: flagMask(s),
      // A hold (a rule decision that keeps the comment pending) is not a decision on it.
      decidedAt: c.ruleDecision && c.ruleDecision.toStatus !== 'pending' ? c.receivedAt : null,
    });
    const id = Number(info.lastInsertRowid);
    if (c.ruleDecision) {
      const d = c.ruleDecision;
      this.stmts.insertDecision.run(id, d.toStatus, d.reason, d.note, c.receivedAt);
    }
    return { id, created: true };
  }

  async getComment(id: number): Promise<Comment | null> {
    const row = this.stmts.commentById.get(id);
    return row ? toComment(row) : null;
  }

  async countComments(): Promise<number> {
    return this.stmts.countComments.get()?.n ?? 0;
  }
}
