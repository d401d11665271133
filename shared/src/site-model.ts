import { z } from 'zod';

/** GET /api/model (and rebuild/reset): what the site's model has learned from its moderators. */
export const SiteModelStats = z.object({
  /** Decisions learned. */
  decisions: z.number().int().nonnegative(),
  /** Share of recent decisions the model predicted right (each predicted before it was learned). */
  agreement: z.number().min(0).max(1),
  /** Share the rules alone got right, over the same decisions. */
  rulesAgreement: z.number().min(0).max(1),
  /** Trusted: its prediction blends into the priority. */
  active: z.boolean(),
  /** Id of the last decision learned. */
  watermark: z.number().int().nonnegative(),
  /** Decisions this server has learned but not saved yet (saves are batched). */
  unsaved: z.number().int().nonnegative(),
  /** ISO time of the last save; null before the first. */
  updatedAt: z.string().nullable(),
  /** Decisions needed before the model may be active. */
  minDecisions: z.number().int().nonnegative(),
});
export type SiteModelStats = z.infer<typeof SiteModelStats>;
