import type { Scores } from '@sift/shared';
import { SENTIMENT_VERSION } from './sentiment';
import { defaultPhases, initialState, type Phase, type ScoringState } from './phases';
import { defaultScoringSettings, type ScoringSettings, type TokenScorer } from './types';

/** Bump when any phase changes what it returns for the same text. */
export const PIPELINE_VERSION = '4';
/** Version of the scoring code; a scorer's `version` adds a hash of its settings. */
export const SCORER_VERSION = `pipeline-${PIPELINE_VERSION}+sentiment-${SENTIMENT_VERSION}`;

export interface ScorerOptions {
  /** Called when a phase throws; the phase is skipped and scoring goes on. */
  onPhaseError?: (phase: string, error: unknown) => void;
  /** Change the phase list (tests add a failing phase; a site could drop one). */
  phases?: (defaults: Phase[]) => Phase[];
}

/** FNV-1a, enough to tell two settings apart in a version string. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function settingsHash(settings: ScoringSettings): string {
  const sorted = (xs: readonly string[]) => [...xs].sort();
  return hash(JSON.stringify([
    sorted(settings.bannedWords),
    sorted(settings.suspectWords),
    Object.entries(settings.sentimentOverrides).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ]));
}

const logPhaseError = (phase: string, error: unknown) => {
  console.warn(`scoring phase "${phase}" failed and was skipped:`, error);
};

/**
 * Runs phases in order over `state`; a throwing phase is reported and
 * recorded, never fatal. Returns the skipped phases' names, null when none
 * (most comments: no array is made for them).
 */
function runInto(state: ScoringState, phases: readonly Phase[], onPhaseError: (phase: string, error: unknown) => void): string[] | null {
  let skipped: string[] | null = null;
  for (const phase of phases) {
    try {
      phase.run(state);
    } catch (error) {
      (skipped ??= []).push(phase.name);
      try { onPhaseError(phase.name, error); } catch { /* a broken logger must not lose the comment */ }
    }
  }
  return skipped;
}

/** The phases' results as the scores contract has them, straight from the state (no copy in between). */
function toScores(state: ScoringState, skipped: string[] | null, version: string): Scores {
  const scores: Scores = {
    scorerVersion: version,
    sentiment: state.sentiment,
    flags: state.flags,
    priority: state.priority,
    priorityReasons: state.priorityReasons,
  };
  if (skipped !== null) scores.skippedPhases = skipped;
  return scores;
}

export function createScorer(settings: ScoringSettings = defaultScoringSettings, options: ScorerOptions = {}): TokenScorer {
  const defaults = defaultPhases(settings);
  const phases = options.phases ? options.phases(defaults) : defaults;
  const version = `${SCORER_VERSION}+words-${settingsHash(settings)}`;
  const onPhaseError = options.onPhaseError ?? logPhaseError;
  return {
    version,
    score(text: string): Scores {
      const state = initialState(text);
      return toScores(state, runInto(state, phases, onPhaseError), version);
    },
    scoreWithTokens(text: string) {
      const state = initialState(text);
      const skipped = runInto(state, phases, onPhaseError);
      return { scores: toScores(state, skipped, version), tokens: state.sentimentTokens };
    },
  };
}
