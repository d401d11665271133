import type { RequestHandler } from 'express';
import type { SiteModelOptions } from '../learning';
import type { Logger } from '../logger';
import type { Scorer } from '../scoring/types';
import { LearnedScorer } from './learned-scorer';
import { ModelTrainer, type ModelStats } from './model-trainer';
import type { SiteModelStore } from './site-model-store';

export interface SiteLearningOptions {
  /** How often this server checks the log and the stored model (ms); 0: only when told (tests). */
  pollMs?: number;
  /** Options of a new model. */
  model?: Partial<SiteModelOptions>;
  batch?: number;
  /** When the background loop writes the model back (see ModelTrainer). */
  saveEvery?: number;
  saveAfterMs?: number;
}

const DEFAULT_POLL_MS = 1000;

/**
 * The per-site model inside a running server: trains it from the decision
 * log (after each decision here, and every `pollMs` for decisions made on
 * other servers), reloads it when another server saved a newer one, and
 * wraps scorers so every score carries its prediction.
 */
export class SiteLearning {
  readonly trainer: ModelTrainer;
  /** Resolves once the stored model is loaded (requests wait for it). */
  readonly ready: Promise<void>;
  private timer: NodeJS.Timeout | null = null;
  private kicked = false;
  private closed = false;

  constructor(store: SiteModelStore, private readonly logger: Logger, private readonly options: SiteLearningOptions = {}) {
    const { model, batch, saveEvery, saveAfterMs } = options;
    this.trainer = new ModelTrainer(store, { model, batch, saveEvery, saveAfterMs, logger });
    this.ready = this.trainer.refresh().catch((err: unknown) => logger.warn({ err }, 'could not load the site model; starting empty'));
  }

  /** Starts the background loop (a no-op when pollMs is 0). */
  start(): void {
    const pollMs = this.options.pollMs ?? DEFAULT_POLL_MS;
    if (this.timer || pollMs <= 0 || this.closed) return;
    this.timer = setInterval(() => void this.syncQuietly(), pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Stops the loop and saves what was learned but not saved yet (a crash loses nothing either: see ModelTrainer). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    try {
      await this.trainer.sync('now');
    } catch (err) {
      this.logger.warn({ err }, 'could not save the site model on shutdown; it will be learned again from the decision log');
    }
  }

  wrap(scorer: Scorer): Scorer {
    return new LearnedScorer(scorer, () => this.trainer.current, (err) => this.logger.warn({ err }, 'site model prediction failed; rule scores only'));
  }

  /** Learn soon (a decision was just made here); several kicks make one sync. */
  kick(): void {
    if (this.kicked || this.closed) return;
    this.kicked = true;
    setImmediate(() => {
      this.kicked = false;
      void this.syncQuietly();
    });
  }

  /** Learns what is new now and saves it; resolves when done (tests, CLI). */
  sync(): Promise<number> {
    return this.trainer.sync('now');
  }

  async stats(): Promise<ModelStats> {
    await this.trainer.refresh();
    return this.trainer.stats();
  }

  async rebuild(): Promise<ModelStats> {
    await this.trainer.rebuild();
    return this.trainer.stats();
  }

  async reset(): Promise<ModelStats> {
    await this.trainer.reset();
    return this.trainer.stats();
  }

  /** Holds requests until the stored model is loaded, so the first scores use it. */
  whenReady: RequestHandler = (_req, _res, next) => {
    this.ready.then(() => next(), next);
  };

  private async syncQuietly(): Promise<void> {
    if (this.closed) return;
    try {
      await this.trainer.sync('when-due');
    } catch (err) {
      if (!this.closed) this.logger.warn({ err }, 'site model training failed; will retry');
    }
  }
}
