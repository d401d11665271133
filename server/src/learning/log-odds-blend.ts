// Blends the FTRL and naive Bayes log-odds into one prediction with a tiny
// logistic regression, learned online on each decision's prequential logits
// (those predicted before either model learned it). NB is quick but
// over-confident; FTRL is slow but calibrated: the blend learns how far to
// trust each as decisions accumulate. AdaGrad steps, so the weights settle
// without a schedule. Inputs are clamped: NB's log-odds can be huge.

export interface BlendState {
  weights: number[];
  gradients: number[];
}

const INPUT_CLAMP = 12;
const clamp = (x: number) => Math.max(-INPUT_CLAMP, Math.min(INPUT_CLAMP, x));

export class LogOddsBlend {
  readonly weights: number[];
  private readonly gradients: number[];

  constructor(
    private readonly rate: number,
    initial: readonly number[],
    state?: BlendState,
  ) {
    this.weights = state?.weights.slice() ?? initial.slice();
    this.gradients = state?.gradients.slice() ?? initial.map(() => 0);
  }

  /** Weight of each input model's log-odds (the last weight is the bias). */
  logit(ftrl: number, bayes: number): number {
    const [a = 0, b = 0, c = 0] = this.weights;
    return a * ftrl + b * clamp(bayes) + c;
  }

  /** One AdaGrad step on the log-loss, given p = sigmoid(logit(ftrl, bayes)). */
  update(ftrl: number, bayes: number, p: number, label: 0 | 1): void {
    const x = [ftrl, clamp(bayes), 1];
    const error = p - label;
    for (let j = 0; j < x.length; j++) {
      const g = error * (x[j] ?? 0);
      this.gradients[j] = (this.gradients[j] ?? 0) + g * g;
      const g2 = this.gradients[j] ?? 0;
      if (g2 > 0) this.weights[j] = (this.weights[j] ?? 0) - (this.rate * g) / Math.sqrt(g2);
    }
  }

  state(): BlendState {
    return { weights: this.weights.slice(), gradients: this.gradients.slice() };
  }
}
