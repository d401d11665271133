import { ErrorCode, type CommentInput, type IngestResult } from '@sift/shared';
import { ApiError } from '../http/api-error';
import { ParentNotFoundError, type NewComment, type Store } from '../store/store';
import type { Scorer } from '../scoring/types';
import type { Logger } from '../logger';
import { everythingPending, type IngestPolicy } from './ingest-policy';

export interface IngestDeps {
  store: Store;
  /** The scoring seam: called once per new comment, before the transaction. */
  scorer: Scorer | null;
  policy?: IngestPolicy;
  logger: Logger;
  /** Called after the transaction commits, with the comments it created. */
  onCreated?: (results: IngestResult[]) => void;
}

export class IngestService {
  constructor(private readonly deps: IngestDeps) {}

  /**
   * Stores a batch atomically: every comment is checked (article, parent)
   * before anything is written, and the insert is one transaction.
   */
  async ingest(inputs: CommentInput[]): Promise<IngestResult[]> {
    const { store } = this.deps;
    const refs = await store.findArticleIds({
      ids: inputs.flatMap((c) => (c.articleId !== undefined ? [c.articleId] : [])),
      externalIds: inputs.flatMap((c) => (c.articleId === undefined && c.articleExternalId ? [c.articleExternalId] : [])),
    });
    const receivedAt = Date.now();
    const prepared: NewComment[] = inputs.map((c, index) => {
      const articleId =
        c.articleId !== undefined
          ? refs.ids.has(c.articleId)
            ? c.articleId
            : undefined
          : refs.byExternalId.get(c.articleExternalId ?? '');
      if (articleId === undefined) {
        throw new ApiError(422, ErrorCode.articleNotFound, `comment ${index}: article not found`, {
          index,
          articleId: c.articleId ?? null,
          articleExternalId: c.articleExternalId ?? null,
        });
      }
      return this.prepare(c, articleId, receivedAt);
    });
    try {
      const stored = await store.insertComments(prepared);
      const created = stored.filter((s) => s.created);
      if (created.length) this.deps.onCreated?.(created);
      return stored;
    } catch (err) {
      if (err instanceof ParentNotFoundError) {
        throw new ApiError(422, ErrorCode.parentNotFound, `comment ${err.index}: parent comment not found`, {
          index: err.index,
        });
      }
      throw err;
    }
  }

  private prepare(c: CommentInput, articleId: number, receivedAt: number): NewComment {
    const scores = this.score(c.body);
    const decision = (this.deps.policy ?? everythingPending).initialDecision(scores);
    return {
      externalId: c.externalId ?? null,
      articleId,
      parentId: c.parentId ?? null,
      parentExternalId: c.parentId === undefined ? (c.parentExternalId ?? null) : null,
      author: { name: c.author.name, externalId: c.author.externalId ?? null },
      body: c.body,
      createdAt: c.createdAt ? Date.parse(c.createdAt) : receivedAt,
      receivedAt,
      status: decision?.status ?? 'pending',
      scores,
      ruleDecision: decision ? { toStatus: decision.status, reason: decision.reason, note: decision.note } : null,
    };
  }

  private score(body: string) {
    if (!this.deps.scorer) return null;
    try {
      return this.deps.scorer.score(body);
    } catch (err) {
      // A scorer failure must never lose a comment: it is stored unscored and
      // can be scored later by a rescore.
      this.deps.logger.error({ err }, 'scoring failed; storing the comment unscored');
      return null;
    }
  }
}
