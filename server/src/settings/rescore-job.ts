import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { ErrorCode, type RescoreProgress } from '@sift/shared';
import { ApiError } from '../http/api-error';
import type { Store } from '../store/store';
import type { Scorer } from '../scoring/types';
import type { Logger } from '../logger';

type RescoreDeps = Pick<Store, 'commentBodiesAfter' | 'updateScores' | 'countComments'>;

/**
 * Re-scores every comment with the current scorer, in batches (one
 * transaction each, so ingest and decisions keep going in between). Scores
 * change, statuses never do: a comment a moderator approved stays approved.
 * One job at a time per process.
 */
export class RescoreJob {
  private state: RescoreProgress = { jobId: null, total: 0, done: 0, running: false, startedAt: null, finishedAt: null, error: null };
  private current: Promise<void> = Promise.resolve();
  private stopping = false;

  constructor(
    private readonly deps: { store: RescoreDeps; scorer: Scorer; logger: Logger; batch?: number },
  ) {}

  progress(): RescoreProgress {
    return { ...this.state };
  }

  start(): RescoreProgress {
    if (this.state.running) {
      throw new ApiError(409, ErrorCode.jobRunning, 'a rescore is already running', { progress: this.progress() });
    }
    this.state = { jobId: randomUUID(), total: 0, done: 0, running: true, startedAt: new Date().toISOString(), finishedAt: null, error: null };
    this.current = this.run().catch((err: unknown) => {
      this.deps.logger.error({ err }, 'rescore failed');
      this.state.error = 'the rescore stopped after an error; see the server log';
    }).finally(() => {
      this.state.running = false;
      this.state.finishedAt = new Date().toISOString();
    });
    return this.progress();
  }

  /** Resolves when the running job (if any) has ended. */
  whenIdle(): Promise<void> {
    return this.current;
  }

  /** Stops after the batch in progress (shutdown). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.current;
  }

  private async run(): Promise<void> {
    const { store, scorer } = this.deps;
    const batch = this.deps.batch ?? 500;
    this.state.total = await store.countComments();
    let afterId = 0;
    while (!this.stopping) {
      const rows = await store.commentBodiesAfter(afterId, batch);
      if (!rows.length) break;
      await store.updateScores(rows.map((r) => ({ id: r.id, scores: scorer.score(r.body) })));
      afterId = rows.at(-1)?.id ?? afterId;
      this.state.done += rows.length;
      // Scoring is CPU work: let waiting requests in between batches.
      await yieldToRequests();
    }
  }
}
