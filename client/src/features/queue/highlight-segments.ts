import type { Scores } from '@sift/shared';

export type MarkKind = 'flag' | 'positive' | 'negative';

/** One highlighted range of a comment and why it is highlighted. */
export interface TextMark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Flag category for flags; used for the per-category style. */
  category?: string;
  /** Shown as the tooltip: the flag's reason or the contribution's weight and note. */
  explanation: string;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  marks: TextMark[];
}

function formatWeight(weight: number): string {
  const rounded = Math.round(weight * 100) / 100;
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

/** Marks for every flag span and every sentiment contribution of a comment's scores. */
export function marksFromScores(scores: Scores | null): TextMark[] {
  if (!scores) return [];
  const marks: TextMark[] = [];
  for (const flag of scores.flags) {
    for (const span of flag.spans) {
      marks.push({
        start: span.start,
        end: span.end,
        kind: 'flag',
        category: flag.category,
        explanation: `${flag.category.replace(/_/g, ' ')} (${flag.severity}): ${flag.reason}`,
      });
    }
  }
  for (const c of scores.sentiment.contributions) {
    if (c.weight === 0) continue;
    const direction = c.weight > 0 ? 'positive' : 'negative';
    marks.push({
      start: c.start,
      end: c.end,
      kind: direction,
      explanation: `${direction} ${formatWeight(c.weight)} “${c.text}”${c.note ? ` — ${c.note}` : ''}`,
    });
  }
  return marks;
}

/**
 * Splits `text` into consecutive segments such that every segment is covered
 * by the same set of marks. Overlapping and nested marks are fine: each piece
 * of text carries all the marks that cover it. Out-of-range or empty marks
 * are clamped or dropped, so a stale score cannot break the card.
 */
export function buildSegments(text: string, marks: readonly TextMark[]): TextSegment[] {
  const length = text.length;
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(length, m.start)), end: Math.max(0, Math.min(length, m.end)) }))
    .filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end) && m.end > m.start);
  if (length === 0) return [];
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    const previous = segments[segments.length - 1];
    if (previous && sameMarks(previous.marks, covering)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      continue;
    }
    segments.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return segments;
}

function sameMarks(a: readonly TextMark[], b: readonly TextMark[]): boolean {
  return a.length === b.length && a.every((mark, i) => mark === b[i]);
}
