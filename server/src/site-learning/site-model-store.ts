import type { Scores } from '@sift/shared';

// Storage part of the per-site model; `Store` extends it. One row (the
// `site_model` table, migration 005) holds the model's bytes and how far into
// the decision log it has learned.

/** The stored model without its bytes: cheap to read on every poll. */
export interface SiteModelHead {
  /** Bumped on every save; a server reloads the model when it moves. */
  revision: number;
  /** Id of the last decision the stored model has learned (or skipped past). */
  watermark: number;
  /** How many decisions the model has learned. */
  decisions: number;
  formatVersion: number;
  /** Epoch milliseconds. */
  updatedAt: number;
}

export interface StoredSiteModel extends SiteModelHead {
  blob: Buffer;
}

export type SiteModelWrite = Omit<StoredSiteModel, 'revision'>;

/** A human decision to learn, with the comment as it is stored. */
export interface TrainingDecision {
  id: number;
  commentId: number;
  toStatus: 'approved' | 'rejected';
  reason: string | null;
  undoOf: number | null;
  body: string;
  scores: Scores | null;
}

export interface SiteModelStore {
  /** null before the first save. */
  siteModelHead(): Promise<SiteModelHead | null>;
  loadSiteModel(): Promise<StoredSiteModel | null>;
  /**
   * Saves the model only when the stored revision is still `expectedRevision`
   * (0: nothing stored yet), in one statement: of two servers that learned the
   * same decisions, one saves and the other is told (null) and reloads. With
   * `expectedRevision` null the save is unconditional (rebuild, reset).
   * Returns the new revision.
   */
  saveSiteModel(model: SiteModelWrite, expectedRevision: number | null): Promise<number | null>;
  /**
   * Human decisions that set a comment approved or rejected, with id >
   * `afterId`, oldest first. Decision ids become visible in id order on both
   * stores (PostgreSQL: decisions are written under the event-log lock), so a
   * watermark never skips a decision that commits late.
   */
  decisionsForTraining(afterId: number, limit: number): Promise<TrainingDecision[]>;
  /** The highest decision id; 0 when the log is empty. */
  latestDecisionId(): Promise<number>;
}
