// The per-site model that learns each site's standards from its moderators'
// decisions, one decision at a time. Pure: no I/O, no clock, no randomness,
// so the same sequence of decisions always gives bit-identical weights.
import { rejectReasons, type Prediction } from '@sift/shared';
import { AgreementTracker, type AgreementState } from './agreement-tracker';
import { defaultFtrlParams, FtrlTable, sigmoid, type FtrlParams } from './ftrl-table';
import { FeatureScores, ReasonScores } from './prediction-tables';
import { defaultFeatureOptions, extractFeatures, FeatureVector, type FeatureOptions } from './hashed-features';
import { decodeModel, encodeModel } from './model-codec';
import { Explainer } from './explain-prediction';
import { LogOddsBlend, type BlendState } from './log-odds-blend';
import { NaiveBayesTable, type NaiveBayesState } from './naive-bayes-table';
import { modelText, type ModelText } from './model-words';
import type { ExtraFeatures } from './extra-features';

export interface SiteModelOptions {
  /**
   * log2 of the reject model's hashed table (2^16 = 65,536 buckets). Every
   * prediction reads one bucket per feature at random, so the tables a
   * prediction reads are kept small enough to stay in the CPU's cache
   * (256 KiB here, 448 KiB for the reasons): on OLID, 2^16 buckets score as
   * well as 2^18 (mean macro-F1 0.770 vs 0.769 over four 80/20 splits) and
   * the full scoring pipeline runs about 15% faster.
   */
  bits: number;
  /** log2 of each reason model's table: reasons see word features only. */
  reasonBits: number;
  ftrl: FtrlParams;
  reasonFtrl: FtrlParams;
  features: FeatureOptions;
  /** Decisions needed before the model may be trusted at all. */
  minDecisions: number;
  /** How many recent decisions the agreement figures cover. */
  window: number;
  /** How many features explain a prediction. */
  topFeatures: number;
  /** Naive Bayes add-s smoothing (fractional counts); 0 leaves NB out. */
  bayesSmoothing: number;
  /** AdaGrad rate of the blend of FTRL and NB log-odds. */
  blendRate: number;
}

export const defaultSiteModelOptions: SiteModelOptions = {
  bits: 16,
  reasonBits: 15,
  ftrl: defaultFtrlParams,
  reasonFtrl: { alpha: 0.5, beta: 1, l1: 0.1, l2: 1 },
  features: defaultFeatureOptions,
  minDecisions: 200,
  window: 200,
  topFeatures: 8,
  bayesSmoothing: 0.1,
  blendRate: 0.05,
};

/** Blend weights before any decision: FTRL's log-odds with a little of NB's. */
const INITIAL_BLEND = [1, 0.3, 0];

export interface LearningExample {
  text: string;
  /** The comment's sentiment tokens when the caller already has them (see model-words.ts). */
  words?: ModelText;
  /** Dense extras such as `flag:insult` or sentiment buckets; same at predict time. */
  extraFeatures?: ExtraFeatures;
  rejected: boolean;
  /** One of the shared reject reasons; anything else counts as "other". */
  reason?: string | null;
  /** What the rules alone would have done; absent means they let it through. */
  rulesSaysReject?: boolean;
}

export interface SiteModelStats {
  decisions: number;
  /** Model's accuracy over the recent window, predicted before learning each. */
  agreement: number;
  /** Rules' accuracy over the same decisions. */
  rulesAgreement: number;
  active: boolean;
}

/** Everything a SiteModel is made of; the codec writes and reads this. */
export interface SiteModelState {
  options: SiteModelOptions;
  decisions: number;
  reasonCounts: number[];
  agreement: AgreementState;
  reject: { z: Float32Array; n: Float32Array };
  reasons: { z: Float32Array; n: Float32Array }[];
  /** Absent when options.bayesSmoothing is 0. */
  bayes?: NaiveBayesState;
  blend?: BlendState;
}

const REASONS: readonly string[] = rejectReasons;
const ALL_REASONS: readonly number[] = REASONS.map((_, r) => r);

export class SiteModel {
  private readonly reject: FtrlTable;
  private readonly reasons: FtrlTable[];
  private readonly tracker: AgreementTracker;
  private readonly bayes: NaiveBayesTable | null;
  private readonly blend: LogOddsBlend;
  /** The reject model's and NB's per-bucket numbers, read together by each prediction. */
  private readonly scores: FeatureScores;
  private readonly reasonScores: ReasonScores;
  private readonly scratch = new FeatureVector();
  private readonly explainer = new Explainer();
  private decisions: number;
  private readonly reasonCounts: number[];
  /** Indexes of the reasons this site has used, so a prediction scores only those. */
  private usedReasons: number[];

  private constructor(readonly options: SiteModelOptions, state?: SiteModelState) {
    this.scores = new FeatureScores(options.bits);
    this.reasonScores = new ReasonScores(options.reasonBits, REASONS.length);
    this.reject = new FtrlTable(options.bits, options.ftrl, state?.reject, this.scores.ftrlSlots);
    this.reasons = REASONS.map((_, r) => new FtrlTable(options.reasonBits, options.reasonFtrl, state?.reasons[r], this.reasonScores.slots(r)));
    this.bayes = options.bayesSmoothing > 0 ? new NaiveBayesTable(options.bits, options.bayesSmoothing, state?.bayes, this.scores.bayesSlots) : null;
    this.blend = new LogOddsBlend(options.blendRate, this.bayes ? INITIAL_BLEND : [1, 0, 0], state?.blend);
    this.tracker = state ? new AgreementTracker(state.agreement) : AgreementTracker.empty(options.window);
    this.decisions = state?.decisions ?? 0;
    this.reasonCounts = state?.reasonCounts.slice() ?? REASONS.map(() => 0);
    this.usedReasons = this.reasonsInUse();
  }

  static create(options: Partial<SiteModelOptions> = {}): SiteModel {
    return new SiteModel({ ...defaultSiteModelOptions, ...options });
  }

  /** Rebuilds a model from a state (see model-codec.ts for the bytes). */
  static fromState(state: SiteModelState): SiteModel {
    return new SiteModel(state.options, state);
  }

  /** Compact bytes (format version + decision count inside); see model-codec.ts. */
  toBuffer(): Buffer {
    return encodeModel(this.state());
  }

  static fromBuffer(bytes: Buffer): SiteModel {
    return SiteModel.fromState(decodeModel(bytes));
  }

  /** Learn one human decision. Costs one prediction plus one sparse update. */
  learn(example: LearningExample): void {
    const f = extractFeatures(example.words ?? modelText(example.text), example.extraFeatures, this.options.features, this.scratch);
    const label = example.rejected ? 1 : 0;
    const { ftrl: ftrlLogit, bayes: bayesLogit } = this.logits(f);
    const ftrlP = sigmoid(ftrlLogit);
    let p = ftrlP;
    if (this.bayes) {
      p = sigmoid(this.blend.logit(ftrlLogit, bayesLogit));
      this.blend.update(ftrlLogit, bayesLogit, p, label);
      this.bayes.update(f.hashes, f.values, f.rejectStart, f.count, label);
    }
    this.tracker.record(p >= 0.5 === example.rejected, (example.rulesSaysReject ?? false) === example.rejected);
    // FTRL learns from its own error, not the blend's: it stays a complete
    // model on its own, and the blend can't hide its mistakes from it.
    this.reject.update(f.hashes, f.values, f.rejectStart, f.count, ftrlP, label);

    if (example.rejected && example.reason != null) {
      const known = REASONS.indexOf(example.reason);
      const target = known === -1 ? REASONS.indexOf('other') : known;
      this.reasonCounts[target] = (this.reasonCounts[target] ?? 0) + 1;
      if (this.reasonCounts[target] === 1) this.usedReasons = this.reasonsInUse();
      // Every reason's prediction before any update: each update touches only its own reason's slots.
      const logits = this.reasonScores.logits(f, ALL_REASONS);
      for (let r = 0; r < this.reasons.length; r++) {
        const q = sigmoid(logits[r] ?? 0);
        (this.reasons[r] as FtrlTable).update(f.hashes, f.values, 0, f.reasonEnd, q, r === target ? 1 : 0);
      }
    }
    this.decisions++;
  }

  /** `words`: the comment's sentiment tokens when the caller already has them (see model-words.ts). */
  predict(text: string, extraFeatures?: ExtraFeatures, words?: ModelText): Prediction {
    const f = extractFeatures(words ?? modelText(text), extraFeatures, this.options.features, this.scratch);
    const { ftrl: ftrlLogit, bayes: bayesLogit } = this.logits(f);
    let logit = ftrlLogit;
    // Each feature's share of the logit is a·(its FTRL share) + b·(its NB share).
    let a = 1;
    let b = 0;
    if (this.bayes) {
      logit = this.blend.logit(ftrlLogit, bayesLogit);
      // NB's share counts only while NB's log-odds are inside the blend's
      // clamp, where the blend is linear in them.
      const [wFtrl = 0, wBayes = 0] = this.blend.weights;
      a = wFtrl;
      b = Math.abs(bayesLogit) < 12 ? wBayes : 0;
    }
    const { ftrlContributions, bayesContributions } = this.scores;
    return {
      rejectProbability: sigmoid(logit),
      likelyReason: this.likelyReason(f),
      active: this.isActive(),
      features: this.explainer.explain(f, ftrlContributions, bayesContributions, a, b, this.options.topFeatures),
    };
  }

  /** The reject model's and NB's log-odds (NB's is 0 without NB); contributions land in `scores`. */
  private logits(f: FeatureVector): { ftrl: number; bayes: number } {
    const bayes = this.bayes;
    return this.scores.logits(f.hashes, f.values, f.rejectStart, f.count, bayes ? bayes.massTerm() : 0, bayes ? bayes.priorTerm() : 0);
  }

  /** Trusted once it has seen enough decisions and recently beats the rules. */
  isActive(): boolean {
    return this.decisions >= this.options.minDecisions && this.tracker.beatsRules;
  }

  /** Decisions learned so far. */
  get decisionCount(): number {
    return this.decisions;
  }

  stats(): SiteModelStats {
    return {
      decisions: this.decisions,
      agreement: this.tracker.agreement,
      rulesAgreement: this.tracker.rulesAgreement,
      active: this.isActive(),
    };
  }

  state(): SiteModelState {
    return {
      options: this.options,
      decisions: this.decisions,
      reasonCounts: this.reasonCounts.slice(),
      agreement: this.tracker.snapshot(),
      reject: { z: this.reject.z, n: this.reject.n },
      reasons: this.reasons.map((t) => ({ z: t.z, n: t.n })),
      ...(this.bayes ? { bayes: { pos: this.bayes.pos, neg: this.bayes.neg, totals: this.bayes.totals.slice() }, blend: this.blend.state() } : {}),
    };
  }

  private reasonsInUse(): number[] {
    return this.reasonCounts.flatMap((count, r) => (count > 0 ? [r] : []));
  }

  /** Most likely reason among those this site has used; null before any. */
  private likelyReason(f: FeatureVector): string | null {
    const used = this.usedReasons;
    // One reason used so far (many sites reject for "abusive" only): it wins without a sum.
    if (used.length <= 1) return used.length === 1 ? (REASONS[used[0] ?? 0] ?? null) : null;
    let best: string | null = null;
    let bestLogit = -Infinity;
    const logits = this.reasonScores.logits(f, used);
    for (const r of used) {
      const logit = logits[r] ?? 0;
      if (logit > bestLogit) {
        bestLogit = logit;
        best = REASONS[r] ?? null;
      }
    }
    return best;
  }
}
