import type { SiteModelStats } from '@sift/shared';
import { MODEL_FORMAT_VERSION, SiteModel, type SiteModelOptions } from '../learning';
import type { Logger } from '../logger';
import { lessonOf } from './site-features';
import type { SiteModelStore, TrainingDecision } from './site-model-store';
import { TimeSlice } from './time-slice';

export interface TrainerOptions {
  /** Options of a new model (a stored model keeps the options it was made with). */
  model?: Partial<SiteModelOptions>;
  /** Decisions read from the log per query: a read (rows, JSON) runs in one piece, so keep it small. */
  batch?: number;
  /** Learning lets requests in after this much work (ms; see TimeSlice). */
  sliceMs?: number;
  /** A background sync saves once this many decisions are unsaved... */
  saveEvery?: number;
  /** ...or once the oldest unsaved decision was learned this long ago (ms). */
  saveAfterMs?: number;
  logger?: Logger;
  now?: () => number;
}

/** When a sync writes the model back: always (CLI, tests, shutdown) or when it is due. */
export type SaveMode = 'now' | 'when-due';

/** What GET /api/model answers (the shared contract). */
export type ModelStats = SiteModelStats;

/** Marks the in-memory model as not matching any stored revision: the next step reloads. */
const UNKNOWN = -1;

const DEFAULT_SAVE_EVERY = 500;
const DEFAULT_SAVE_AFTER_MS = 30_000;

/**
 * Keeps this server's copy of the site model in step with the stored one and
 * teaches it the decisions logged since: the model state lives in the
 * database (one row: bytes, watermark, revision), and the decision log is the
 * only input. Every server runs the same loop:
 *
 *   1. reload the stored model if its revision moved (another server saved);
 *      this drops any decisions learned here but not saved;
 *   2. read the human decisions with id > watermark, oldest first, and learn
 *      them in memory: predictions use them at once;
 *   3. save bytes + new watermark when due, and only if the stored revision
 *      is still the one loaded (`UPDATE ... WHERE revision = ?`);
 *   4. if another server saved first, go back to 1.
 *
 * So each decision is applied exactly once, in log order, whichever server
 * gets there first; learning is deterministic, so every server that has read
 * the log to the same decision holds the same model, saved or not.
 *
 * Saves are batched (`saveEvery` decisions or `saveAfterMs`, whichever comes
 * first) because each one encodes and writes the whole model, megabytes on a
 * busy site: once per decision would cost more than the learning. Nothing is
 * lost in between: the decisions are in the log, and a server that stops
 * before saving (or crashes) learns them again from the stored watermark.
 * Work in one process is serialised.
 */
export class ModelTrainer {
  private model: SiteModel;
  private revision = 0;
  private watermark = 0;
  private updatedAt: number | null = null;
  /** Decisions learned since the stored revision, and when the first of them was. */
  private unsaved = 0;
  private unsavedSince = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly batch: number;
  private readonly sliceMs: number | undefined;
  private readonly saveEvery: number;
  private readonly saveAfterMs: number;
  private readonly now: () => number;

  constructor(private readonly store: SiteModelStore, private readonly options: TrainerOptions = {}) {
    this.model = SiteModel.create(options.model);
    this.batch = options.batch ?? 200;
    this.sliceMs = options.sliceMs;
    this.saveEvery = options.saveEvery ?? DEFAULT_SAVE_EVERY;
    this.saveAfterMs = options.saveAfterMs ?? DEFAULT_SAVE_AFTER_MS;
    this.now = options.now ?? Date.now;
  }

  /** The model to predict with now (this server's copy). */
  get current(): SiteModel {
    return this.model;
  }

  stats(): ModelStats {
    const s = this.model.stats();
    return {
      ...s,
      watermark: this.watermark,
      unsaved: this.unsaved,
      updatedAt: this.updatedAt === null ? null : new Date(this.updatedAt).toISOString(),
      minDecisions: this.model.options.minDecisions,
    };
  }

  /** Reloads the stored model if another server (or the CLI) saved a newer one. */
  refresh(): Promise<void> {
    return this.serial(async () => {
      await this.reloadIfMoved();
    });
  }

  /**
   * Learns every decision logged since the watermark, and saves the model
   * now or when due (see the class comment). Returns how many decisions this
   * server learned and saved in this call: across servers, each decision is
   * counted once.
   */
  sync(save: SaveMode = 'now'): Promise<number> {
    return this.serial(async () => {
      for (let conflicts = 0; conflicts < 10; ) {
        await this.reloadIfMoved();
        await this.learnNew();
        if (this.unsaved === 0 || (save === 'when-due' && !this.saveDue())) return 0;
        const write = this.snapshot(this.model, this.watermark);
        let saved: number | null;
        try {
          saved = await this.store.saveSiteModel(write, this.revision);
        } catch (err) {
          this.revision = UNKNOWN;
          throw err;
        }
        if (saved === null) {
          // Another server saved first: its model has these decisions (or
          // will teach them); ours has them on top of an older state.
          this.revision = UNKNOWN;
          conflicts++;
          continue;
        }
        const learned = this.unsaved;
        this.adopt(this.model, saved, write.watermark, write.updatedAt);
        return learned;
      }
      return 0;
    });
  }

  /** Learns, in memory, every decision logged after the watermark. */
  private async learnNew(): Promise<void> {
    const slice = new TimeSlice(this.sliceMs);
    for (;;) {
      const batch = await this.store.decisionsForTraining(this.watermark, this.batch);
      if (batch.length === 0) return;
      try {
        for (const d of batch) {
          this.model.learn(lessonOf(d));
          if (this.unsaved++ === 0) this.unsavedSince = this.now();
          this.watermark = d.id;
          // Predictions in between use the model as learned so far: whole decisions, in log order.
          await slice.pause();
        }
      } catch (err) {
        // The model may be half-way through a decision: reload the stored one.
        this.revision = UNKNOWN;
        throw err;
      }
      if (batch.length < this.batch) return;
    }
  }

  private saveDue(): boolean {
    return this.unsaved >= this.saveEvery || this.now() - this.unsavedSince >= this.saveAfterMs;
  }

  /**
   * Retrains a new model from the whole decision log, in order, and saves it
   * whatever is stored (the last rebuild or reset wins). Deterministic: the
   * same log gives the same bytes, and the same bytes the online trainer
   * reaches. Decisions logged meanwhile are learned by the next sync.
   */
  rebuild(): Promise<Buffer> {
    return this.serial(() => this.rebuildNow());
  }

  /**
   * Forgets what was learned: an empty model whose watermark is the latest
   * decision, so it learns only from decisions made after the reset. The log
   * itself is kept (it is append-only): a later rebuild learns all of it again.
   */
  reset(): Promise<void> {
    return this.serial(async () => {
      const model = SiteModel.create(this.options.model);
      const watermark = await this.store.latestDecisionId();
      const write = this.snapshot(model, watermark);
      const revision = await this.store.saveSiteModel(write, null);
      this.adopt(model, revision ?? UNKNOWN, watermark, write.updatedAt);
    });
  }

  private async rebuildNow(): Promise<Buffer> {
    const model = SiteModel.create(this.options.model);
    let watermark = 0;
    const slice = new TimeSlice(this.sliceMs);
    for (;;) {
      const batch = await this.store.decisionsForTraining(watermark, this.batch);
      if (batch.length === 0) break;
      for (const d of batch) {
        model.learn(lessonOf(d));
        await slice.pause();
      }
      watermark = (batch.at(-1) as TrainingDecision).id;
      if (batch.length < this.batch) break;
    }
    const write = this.snapshot(model, watermark);
    const revision = await this.store.saveSiteModel(write, null);
    this.adopt(model, revision ?? UNKNOWN, watermark, write.updatedAt);
    return write.blob;
  }

  private snapshot(model: SiteModel, watermark: number) {
    return {
      blob: model.toBuffer(),
      formatVersion: MODEL_FORMAT_VERSION,
      decisions: model.stats().decisions,
      watermark,
      updatedAt: this.now(),
    };
  }

  private async reloadIfMoved(): Promise<void> {
    const head = await this.store.siteModelHead();
    if (!head) {
      // Nothing stored (a new site): start from an empty model at the log's start.
      if (this.revision !== 0) this.adopt(SiteModel.create(this.options.model), 0, 0, null);
      return;
    }
    if (head.revision === this.revision) return;
    const stored = await this.store.loadSiteModel();
    if (!stored) return;
    let model: SiteModel;
    try {
      model = SiteModel.fromBuffer(stored.blob);
    } catch (err) {
      // Bytes this version cannot read (written by another format version):
      // the log is the source of truth, so learn it again.
      this.options.logger?.warn({ err, formatVersion: stored.formatVersion }, 'stored site model unreadable; rebuilding it from the decision log');
      await this.rebuildNow();
      return;
    }
    this.adopt(model, stored.revision, stored.watermark, stored.updatedAt);
  }

  /** Takes a model as the stored revision `revision`: nothing unsaved. */
  private adopt(model: SiteModel, revision: number, watermark: number, updatedAt: number | null): void {
    this.model = model;
    this.revision = revision;
    this.watermark = watermark;
    this.updatedAt = updatedAt;
    this.unsaved = 0;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
