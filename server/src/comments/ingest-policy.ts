import type { CommentStatus, Scores } from '@sift/shared';

/** What a rule decided for a new comment; logged as a `rule` decision when not plain pending. */
export interface InitialDecision {
  status: CommentStatus;
  reason: string | null;
  note: string | null;
}

/**
 * Decides the status a comment starts in from its scores. The moderation
 * settings (auto-reject banned words, hold, auto-approve in post-moderation)
 * provide the real policy; without one every comment waits for a human.
 */
export interface IngestPolicy {
  initialDecision(scores: Scores | null): InitialDecision | null;
}

export const everythingPending: IngestPolicy = {
  initialDecision: () => null,
};
