import type { Scores } from '@sift/shared';
import type { Scorer } from '../scoring/types';

/**
 * The scorer the app uses right now. Ingest and rescore hold this object;
 * a settings change swaps what is inside, so new comments are scored with
 * the new word lists without rebuilding the services.
 */
export class CurrentScorer implements Scorer {
  constructor(private scorer: Scorer) {}

  get version(): string {
    return this.scorer.version;
  }

  score(text: string): Scores {
    return this.scorer.score(text);
  }

  replace(scorer: Scorer): void {
    this.scorer = scorer;
  }
}
