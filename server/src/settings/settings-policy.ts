import type { Scores, Settings } from '@sift/shared';
import type { IngestPolicy, InitialDecision } from '../comments/ingest-policy';

const pct = (x: number) => x.toFixed(2);

/**
 * The rules applied to a new comment, in order: a banned word rejects it
 * (when enabled); a high priority holds it for a human (it stays pending,
 * the hold is logged); in post-moderation a comment without flags and with
 * a low priority is approved. Anything else waits, without a log entry.
 */
export function initialDecision(settings: Settings, scores: Scores | null): InitialDecision | null {
  if (!scores) return null;
  if (settings.autoRejectBanned && scores.flags.some((f) => f.category === 'banned_word')) {
    return { status: 'rejected', reason: 'other', note: 'auto-rejected: contains a banned word' };
  }
  if (scores.priority >= settings.holdPriorityThreshold) {
    return { status: 'pending', reason: null, note: `held for review: priority ${pct(scores.priority)} ≥ ${pct(settings.holdPriorityThreshold)}` };
  }
  if (settings.moderationMode === 'post' && scores.flags.length === 0 && scores.priority < settings.autoApproveBelow) {
    return { status: 'approved', reason: null, note: `auto-approved: no flags, priority ${pct(scores.priority)} < ${pct(settings.autoApproveBelow)}` };
  }
  return null;
}

/** The ingest policy over whatever the settings are at the moment of ingest. */
export function settingsPolicy(current: () => Settings): IngestPolicy {
  return { initialDecision: (scores) => initialDecision(current(), scores) };
}
