import type { Flag, SentimentResult } from '@sift/shared';
import { analyzeTokenized } from './sentiment';
import { tokenize } from './sentiment/tokenizer';
import type { Token as SentimentToken } from './sentiment/token';
import { normalise, unnormalised, type NormalisedText } from './normalise/tokenise';
import type { FlagDetector } from './flags/make-flag';
import { detectProfanity } from './flags/profanity';
import { detectInsult } from './flags/insult';
import { detectThreat } from './flags/threat';
import { detectIdentityAttack } from './flags/identity-attack';
import { detectSpam } from './flags/spam';
import { detectShouting } from './flags/shouting';
import { detectPersonalData } from './flags/personal-data';
import { compileWordList } from './flags/word-lists';
import { computePriority } from './priority';
import type { ScoringSettings } from './types';

/** What the phases build up for one comment, starting from safe defaults. */
export interface ScoringState {
  readonly text: string;
  normalised: NormalisedText;
  sentiment: SentimentResult;
  flags: Flag[];
  priority: number;
  priorityReasons: string[];
  /** The sentiment phase's tokens, which the site model reads too; null if it did not run. */
  sentimentTokens: readonly SentimentToken[] | null;
}

/** One step of the pipeline. A phase that throws is skipped; the others still run. */
export interface Phase {
  readonly name: string;
  run(state: ScoringState): void;
}

export const neutralSentiment: SentimentResult = { score: 0, compound: 0, label: 'neutral', contributions: [] };

/** The state before any phase ran; also what a skipped phase leaves behind. */
class PhaseState implements ScoringState {
  private normalisedText: NormalisedText | null = null;
  sentiment: SentimentResult = neutralSentiment;
  flags: Flag[] = [];
  priority = 0.5;
  // Made only if the priority phase failed: it sets its own reasons for every comment.
  private reasons: string[] | null = null;
  sentimentTokens: readonly SentimentToken[] | null = null;
  constructor(readonly text: string) {}
  get priorityReasons(): string[] {
    return (this.reasons ??= ['priority could not be computed']);
  }
  set priorityReasons(value: string[]) {
    this.reasons = value;
  }
  get normalised(): NormalisedText {
    return (this.normalisedText ??= unnormalised(this.text));
  }
  set normalised(value: NormalisedText) {
    this.normalisedText = value;
  }
}

export function initialState(text: string): ScoringState {
  return new PhaseState(text);
}

export function detectorPhase(name: string, detect: FlagDetector): Phase {
  return {
    name,
    run: (s) => {
      const found = detect(s.normalised);
      for (const f of found) s.flags.push(f);
    },
  };
}

/** The default phases, in order, for one site's settings (word lists compiled here, once). */
export function defaultPhases(settings: ScoringSettings): Phase[] {
  const banned = compileWordList(settings.bannedWords, 'banned_word');
  const suspect = compileWordList(settings.suspectWords, 'suspect_word');
  const overrides = settings.sentimentOverrides;
  const hasOverrides = Object.keys(overrides).length > 0;
  return [
    { name: 'normalise', run: (s) => { s.normalised = normalise(s.text); } },
    {
      name: 'sentiment',
      run: (s) => {
        const tokenized = tokenize(s.text);
        s.sentimentTokens = tokenized.tokens;
        s.sentiment = analyzeTokenized(s.text, tokenized, hasOverrides ? { overrides } : undefined);
      },
    },
    detectorPhase('profanity', detectProfanity),
    detectorPhase('insult', detectInsult),
    detectorPhase('threat', detectThreat),
    detectorPhase('identity_attack', detectIdentityAttack),
    detectorPhase('spam', detectSpam),
    detectorPhase('shouting', detectShouting),
    detectorPhase('personal_data', detectPersonalData),
    detectorPhase('banned_words', (t) => banned.match(t)),
    detectorPhase('suspect_words', (t) => suspect.match(t)),
    {
      name: 'priority',
      run: (s) => {
        const p = computePriority(s.flags, s.sentiment);
        s.priority = p.priority;
        s.priorityReasons = p.priorityReasons;
      },
    },
  ];
}
