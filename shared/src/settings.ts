import { z } from 'zod';

const word = z.string().trim().min(1).max(100);

export const Settings = z.strictObject({
  /** pre: nothing is published before a human approves; post: published unless held. */
  moderationMode: z.enum(['pre', 'post']),
  /** Comments at or above this priority are held for a human (rule decision). */
  holdPriorityThreshold: z.number().min(0).max(1),
  /** Post-moderation: comments with no flags and priority below this are auto-approved. */
  autoApproveBelow: z.number().min(0).max(1),
  /** Auto-reject comments that contain a banned word. */
  autoRejectBanned: z.boolean(),
  bannedWords: z.array(word).max(5000),
  suspectWords: z.array(word).max(5000),
  sentimentOverrides: z.record(word, z.number().min(-5).max(5)),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsDocument = z.object({ settings: Settings, version: z.number().int(), updatedAt: z.string().nullable(), updatedBy: z.string().nullable() });
export type SettingsDocument = z.infer<typeof SettingsDocument>;

export const SettingsUpdate = z.strictObject({ settings: Settings, expectedVersion: z.number().int().min(0) });

export const SettingsPreviewInput = z.strictObject({ settings: Settings });

/** How many existing pending comments a settings change would hold, reject or approve. */
export const SettingsPreview = z.object({
  pendingConsidered: z.number().int(),
  /** All pending comments, of which the `pendingConsidered` highest-priority ones were re-scored. */
  pendingTotal: z.number().int(),
  /** True when pendingTotal exceeded the cap and only the highest-priority ones were considered. */
  capped: z.boolean(),
  wouldReject: z.number().int(),
  wouldHold: z.number().int(),
  wouldApprove: z.number().int(),
  examples: z.array(z.object({ commentId: z.number().int(), body: z.string(), outcome: z.enum(['reject', 'hold', 'approve']) })),
});
export type SettingsPreview = z.infer<typeof SettingsPreview>;

/** Progress of the background re-scoring of every comment (POST/GET /api/rescore). */
export const RescoreProgress = z.object({
  jobId: z.string().nullable(),
  total: z.number().int(),
  done: z.number().int(),
  running: z.boolean(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type RescoreProgress = z.infer<typeof RescoreProgress>;
