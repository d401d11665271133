// Okabe–Ito colours (distinguishable with the common colour-vision
// deficiencies), always paired with a pattern and a text label.
export const palette = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000', '#999999'];

export const sentimentColours = { negative: '#D55E00', neutral: '#999999', positive: '#0072B2' } as const;
export const decisionColours = { approved: '#009E73', rejected: '#D55E00', escalated: '#E69F00', human: '#0072B2', rule: '#CC79A7' } as const;

export const patternIds = ['none', 'stripes', 'dots', 'cross', 'back-stripes', 'grid', 'zigzag', 'dense-dots', 'wide-stripes'] as const;

export function formatBucket(iso: string, bucket: 'hour' | 'day'): string {
  const date = new Date(iso);
  return bucket === 'hour'
    ? date.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}
