// Progressive validation: before the model learns a decision it predicts it,
// so every decision is also a held-out test. A sliding window of the last
// `window` outcomes gives the model's recent accuracy next to the rules'
// accuracy on exactly the same decisions, which is what trust is based on.

export interface AgreementState {
  window: number;
  /** Ring buffer: bit 0 = model agreed with the moderator, bit 1 = rules did. */
  outcomes: Uint8Array;
  next: number;
  filled: number;
}

export class AgreementTracker {
  private modelHits = 0;
  private rulesHits = 0;

  constructor(private readonly state: AgreementState) {
    for (let i = 0; i < state.filled; i++) {
      const o = state.outcomes[i] ?? 0;
      this.modelHits += o & 1;
      this.rulesHits += (o >> 1) & 1;
    }
  }

  static empty(window: number): AgreementTracker {
    return new AgreementTracker({ window, outcomes: new Uint8Array(window), next: 0, filled: 0 });
  }

  record(modelAgreed: boolean, rulesAgreed: boolean): void {
    const s = this.state;
    if (s.filled === s.window) {
      const old = s.outcomes[s.next] ?? 0;
      this.modelHits -= old & 1;
      this.rulesHits -= (old >> 1) & 1;
    } else {
      s.filled++;
    }
    s.outcomes[s.next] = (modelAgreed ? 1 : 0) | (rulesAgreed ? 2 : 0);
    this.modelHits += modelAgreed ? 1 : 0;
    this.rulesHits += rulesAgreed ? 1 : 0;
    s.next = (s.next + 1) % s.window;
  }

  /** Recent accuracy of the model (0 before any decision). */
  get agreement(): number {
    return this.state.filled === 0 ? 0 : this.modelHits / this.state.filled;
  }

  get rulesAgreement(): number {
    return this.state.filled === 0 ? 0 : this.rulesHits / this.state.filled;
  }

  /** Strictly more recent decisions right than the rules, over the same window. */
  get beatsRules(): boolean {
    return this.state.filled > 0 && this.modelHits > this.rulesHits;
  }

  snapshot(): AgreementState {
    return { ...this.state, outcomes: this.state.outcomes.slice() };
  }
}
