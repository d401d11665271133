import { useMemo } from 'react';
import type { Scores } from '@sift/shared';
import { buildSegments, marksFromScores, type TextSegment } from './highlight-segments';

function classNameFor(segment: TextSegment): string {
  const classes = ['hl'];
  const flag = segment.marks.find((m) => m.kind === 'flag');
  if (flag) classes.push('hl-flag', `hl-flag-${flag.category ?? 'other'}`);
  if (segment.marks.some((m) => m.kind === 'negative')) classes.push('hl-negative');
  if (segment.marks.some((m) => m.kind === 'positive')) classes.push('hl-positive');
  return classes.join(' ');
}

/**
 * The comment body with its evidence highlighted. Text is always rendered as
 * React text nodes, never as HTML: a comment is untrusted input.
 */
export function HighlightedText({ text, scores }: { text: string; scores: Scores | null }) {
  const segments = useMemo(() => buildSegments(text, marksFromScores(scores)), [text, scores]);
  return (
    <p className="comment-text" data-testid="comment-text">
      {segments.map((segment) =>
        segment.marks.length === 0 ? (
          <span key={segment.start}>{segment.text}</span>
        ) : (
          <mark
            key={segment.start}
            className={classNameFor(segment)}
            title={segment.marks.map((m) => m.explanation).join('\n')}
            data-kinds={[...new Set(segment.marks.map((m) => m.category ?? m.kind))].join(' ')}
          >
            {segment.text}
          </mark>
        ),
      )}
    </p>
  );
}
