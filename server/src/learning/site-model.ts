// The per-site model that learns each site's standards from its moderators'
// decisions, one decision at a time. Pure: no I/O, no clock, no randomness,
// so the same sequence of decisions always gives bit-identical weights.
import { rejectReasons, type Prediction } from '@sift/shared';
import { AgreementTracker, type AgreementState } from './agreement-tracker';
import { defaultFtrlParams, FtrlTable, sigmoid, type FtrlParams } from './ftrl-table';
import { defaultFeatureOptions, extractFeatures, FeatureVector, type FeatureOptions } from './hashed-features';
import { decodeModel, encodeModel } from './model-codec';

export interface SiteModelOptions {
  /** log2 of the reject model's hashed table (2^18 = 262,144 buckets, 2 MiB). */
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
}

export const defaultSiteModelOptions: SiteModelOptions = {
  bits: 18,
  reasonBits: 16,
  ftrl: defaultFtrlParams,
  reasonFtrl: { alpha: 0.5, beta: 1, l1: 0.1, l2: 1 },
  features: defaultFeatureOptions,
  minDecisions: 200,
  window: 200,
  topFeatures: 8,
};

export interface LearningExample {
  text: string;
  /** Dense extras such as `flag:insult` or sentiment buckets; same at predict time. */
  extraFeatures?: Record<string, number>;
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
}

const REASONS: readonly string[] = rejectReasons;

export class SiteModel {
  private readonly reject: FtrlTable;
  private readonly reasons: FtrlTable[];
  private readonly tracker: AgreementTracker;
  private readonly scratch = new FeatureVector();
  private contributions = new Float64Array(512);
  private decisions: number;
  private readonly reasonCounts: number[];

  private constructor(readonly options: SiteModelOptions, state?: SiteModelState) {
    this.reject = new FtrlTable(options.bits, options.ftrl, state?.reject);
    this.reasons = REASONS.map((_, r) => new FtrlTable(options.reasonBits, options.reasonFtrl, state?.reasons[r]));
    this.tracker = state ? new AgreementTracker(state.agreement) : AgreementTracker.empty(options.window);
    this.decisions = state?.decisions ?? 0;
    this.reasonCounts = state?.reasonCounts.slice() ?? REASONS.map(() => 0);
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
    const f = extractFeatures(example.text, example.extraFeatures, this.options.features, this.scratch);
    const p = sigmoid(this.reject.logit(f.hashes, f.values, 0, f.count));
    const label = example.rejected ? 1 : 0;
    this.tracker.record(p >= 0.5 === example.rejected, (example.rulesSaysReject ?? false) === example.rejected);
    this.reject.update(f.hashes, f.values, 0, f.count, p, label);

    if (example.rejected && example.reason != null) {
      const known = REASONS.indexOf(example.reason);
      const target = known === -1 ? REASONS.indexOf('other') : known;
      this.reasonCounts[target] = (this.reasonCounts[target] ?? 0) + 1;
      for (let r = 0; r < this.reasons.length; r++) {
        const table = this.reasons[r] as FtrlTable;
        const q = sigmoid(table.logit(f.hashes, f.values, 0, f.wordCount));
        table.update(f.hashes, f.values, 0, f.wordCount, q, r === target ? 1 : 0);
      }
    }
    this.decisions++;
  }

  predict(text: string, extraFeatures?: Record<string, number>): Prediction {
    const f = extractFeatures(text, extraFeatures, this.options.features, this.scratch);
    if (this.contributions.length < f.count) this.contributions = new Float64Array(f.hashes.length);
    const rejectProbability = sigmoid(this.reject.logit(f.hashes, f.values, 0, f.count, this.contributions));
    return {
      rejectProbability,
      likelyReason: this.likelyReason(f),
      active: this.isActive(),
      features: this.explain(f),
    };
  }

  /** Trusted once it has seen enough decisions and recently beats the rules. */
  isActive(): boolean {
    return this.decisions >= this.options.minDecisions && this.tracker.beatsRules;
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
    };
  }

  /** Most likely reason among those this site has used; null before any. */
  private likelyReason(f: FeatureVector): string | null {
    let best: string | null = null;
    let bestLogit = -Infinity;
    for (let r = 0; r < this.reasons.length; r++) {
      if ((this.reasonCounts[r] ?? 0) === 0) continue;
      const logit = (this.reasons[r] as FtrlTable).logit(f.hashes, f.values, 0, f.wordCount);
      if (logit > bestLogit) {
        bestLogit = logit;
        best = REASONS[r] ?? null;
      }
    }
    return best;
  }

  /**
   * The features that pushed this prediction most (weight = the feature's
   * contribution to the logit; positive pushes towards reject). Features are
   * named from the text itself, and duplicates (the same char n-gram twice)
   * are summed under one name. The bias is left out: it explains nothing.
   */
  private explain(f: FeatureVector): { feature: string; weight: number }[] {
    // Keep a small top list by |contribution| first, so only a few features
    // are ever named (naming builds strings; prediction must stay cheap).
    const keep = this.options.topFeatures * 2;
    if (keep === 0) return [];
    const topK: number[] = [];
    const topC: number[] = [];
    for (let k = 1; k < f.count; k++) {
      const c = this.contributions[k] ?? 0;
      if (c === 0) continue;
      const size = Math.abs(c);
      if (topK.length === keep && size <= Math.abs(topC[keep - 1] ?? 0)) continue;
      let at = topK.length < keep ? topK.length : keep - 1;
      while (at > 0 && Math.abs(topC[at - 1] ?? 0) < size) {
        topK[at] = topK[at - 1] ?? 0;
        topC[at] = topC[at - 1] ?? 0;
        at--;
      }
      topK[at] = k;
      topC[at] = c;
    }
    const byName = new Map<string, number>();
    for (let j = 0; j < topK.length; j++) {
      const name = f.nameOf(topK[j] ?? 0);
      byName.set(name, (byName.get(name) ?? 0) + (topC[j] ?? 0));
    }
    return [...byName]
      .map(([feature, weight]) => ({ feature, weight }))
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.feature < b.feature ? -1 : 1))
      .slice(0, this.options.topFeatures);
  }
}
