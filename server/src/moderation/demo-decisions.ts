import type { Comment, FlagCategory, RejectReason } from '@sift/shared';
import type { DecisionChange } from '../store/moderation-store';
import type { DecisionService } from './decision-service';

export const DEMO_MODERATORS = ['demo-moderator-anna', 'demo-moderator-ben', 'demo-moderator-chloe'] as const;
const MODERATOR_SHARE = [0.45, 0.35, 0.2];
const MIN = 60_000;
/** Only comments older than this get a demo decision: the newest stay in the queue to work on. */
export const DEMO_DECIDED_AFTER_MS = 2 * 24 * 60 * MIN;

/** Small seeded PRNG (mulberry32): the same demo every start. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Outcome = { status: 'approved' } | { status: 'rejected'; reason: RejectReason } | { status: 'escalated'; note: string };

/** What a careful moderator would most likely do, by the comment's flags. */
function outcomeFor(flags: Set<FlagCategory>, rand: () => number): Outcome {
  const r = rand();
  if (flags.has('threat')) return r < 0.35 ? { status: 'escalated', note: 'possible threat: for the legal team' } : { status: 'rejected', reason: 'abusive' };
  if (flags.has('identity_attack')) return r < 0.15 ? { status: 'escalated', note: 'hate speech report?' } : { status: 'rejected', reason: 'hate' };
  if (flags.has('personal_data')) return { status: 'rejected', reason: 'personal_data' };
  if (flags.has('spam')) return r < 0.93 ? { status: 'rejected', reason: 'spam' } : { status: 'approved' };
  if (flags.has('insult') || flags.has('profanity')) return r < 0.8 ? { status: 'rejected', reason: 'abusive' } : { status: 'approved' };
  if (flags.has('shouting') || flags.has('suspect_word')) return r < 0.25 ? { status: 'rejected', reason: 'other' } : { status: 'approved' };
  if (r < 0.03) return { status: 'rejected', reason: 'off_topic' };
  if (r < 0.04) return { status: 'escalated', note: 'checking the facts with the newsroom' };
  return { status: 'approved' };
}

/**
 * Gives the demo's older pending comments the decisions three moderators
 * would have made, at realistic times after each comment arrived, so the
 * decision and moderator charts look lived-in on first start.
 */
export async function decideDemoComments(decisions: DecisionService, comments: Comment[], now: number): Promise<number> {
  const rand = random(20240601);
  const changes: DecisionChange[] = [];
  for (const c of comments) {
    const created = Date.parse(c.createdAt);
    if (c.status !== 'pending' || created > now - DEMO_DECIDED_AFTER_MS) continue;
    const outcome = outcomeFor(new Set(c.scores?.flags.map((f) => f.category) ?? []), rand);
    const m = rand();
    const moderator = DEMO_MODERATORS[m < (MODERATOR_SHARE[0] as number) ? 0 : m < 0.8 ? 1 : 2];
    // Most within the hour, a tail into the next day (overnight backlog).
    const delay = Math.min(36 * 60 * MIN, 3 * MIN + Math.exp(rand() * 7) * MIN * 0.15 + (rand() < 0.15 ? rand() * 12 * 60 * MIN : 0));
    changes.push({
      commentId: c.id,
      expectedVersion: c.version,
      toStatus: outcome.status,
      reason: outcome.status === 'rejected' ? outcome.reason : null,
      note: outcome.status === 'escalated' ? outcome.note : null,
      moderatorId: moderator,
      source: 'human',
      at: Math.round(Math.min(now - MIN, created + delay)),
    });
  }
  for (let i = 0; i < changes.length; i += 500) await decisions.applyInternal(changes.slice(i, i + 500));
  return changes.length;
}
