import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { ErrorCode, type RescoreProgress } from '@sift/shared';
import { ApiError } from '../http/api-error';
import type { Store } from '../store/store';
import type { Scorer } from '../scoring/types';
import type { Logger } from '../logger';

type RescoreDeps = Pick<Store, 'commentBodiesAfter' | 'updateScores' | 'countComments' | 'runExclusive'>;

/** The lease name: one rescore at a time across every server on the database. */
export const RESCORE_JOB = 'rescore';

/**
 * Re-scores every comment with the current scorer, in batches (one
 * transaction each, so ingest and decisions keep going in between). Scores
 * change, statuses never do: a comment a moderator approved stays approved.
 * One job at a time across every server on the database: the job runs
 * under the store's lease, and a start while another server holds it is
 * refused with 409 like a start while this one runs.
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

  /** Starts the job once this server holds the lease; 409 `job_running` when a rescore runs here or on another server. */
  async start(): Promise<RescoreProgress> {
    if (this.state.running) {
      throw new ApiError(409, ErrorCode.jobRunning, 'a rescore is already running', { progress: this.progress() });
    }
    const before = this.state;
    const jobId = randomUUID();
    // Marked running before the lease is asked for, so a second start here is refused at once.
    this.state = { jobId, total: 0, done: 0, running: true, startedAt: new Date().toISOString(), finishedAt: null, error: null };
    let leased!: (held: boolean) => void;
    const leaseHeld = new Promise<boolean>((resolve) => (leased = resolve));
    const outcome = this.deps.store.runExclusive(RESCORE_JOB, (lease) => {
      leased(true);
      return this.run(lease.signal);
    });
    let held: boolean;
    try {
      held = await Promise.race([leaseHeld, outcome.then((r) => r.ran)]);
    } catch (err) {
      this.state = before;
      throw err;
    }
    if (!held) {
      this.state = before;
      throw new ApiError(409, ErrorCode.jobRunning, 'a rescore is already running on another server', { elsewhere: true });
    }
    this.current = outcome.then(
      () => undefined,
      (err: unknown) => {
        this.deps.logger.error({ err }, 'rescore failed');
        this.state.error = 'the rescore stopped after an error; see the server log';
      },
    ).finally(() => {
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

  private async run(leaseLost: AbortSignal): Promise<void> {
    const { store, scorer } = this.deps;
    const batch = this.deps.batch ?? 500;
    this.state.total = await store.countComments();
    let afterId = 0;
    while (!this.stopping) {
      // Another server may take the job over once this one's lease is gone.
      leaseLost.throwIfAborted();
      const rows = await store.commentBodiesAfter(afterId, batch);
      if (!rows.length) break;
      // Nor write a batch read before the lease went.
      leaseLost.throwIfAborted();
      await store.updateScores(rows.map((r) => ({ id: r.id, scores: scorer.score(r.body) })));
      afterId = rows.at(-1)?.id ?? afterId;
      this.state.done += rows.length;
      // Scoring is CPU work: let waiting requests in between batches.
      await yieldToRequests();
    }
  }
}
