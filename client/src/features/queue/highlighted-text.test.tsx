import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { HighlightedText } from './highlighted-text';
import { scores } from '../../test/fixtures';

describe('HighlightedText', () => {
  it('renders markup in a comment as text, never as HTML', () => {
    const body = '<img src=x onerror=alert(1)> and <b>bold</b>';
    const { container } = render(<HighlightedText text={body} scores={null} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByTestId('comment-text')).toHaveTextContent(body);
  });

  it('keeps markup as text inside a highlighted span too', () => {
    const body = 'x <img src=x onerror=alert(1)> y';
    const s = scores({ flags: [{ category: 'spam', severity: 'low', confidence: 0.5, spans: [{ start: 2, end: 30 }], reason: 'markup' }] });
    const { container } = render(<HighlightedText text={body} scores={s} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('marks flags and sentiment words with a style per kind and a tooltip saying why', () => {
    const body = 'you are a total idiot but not bad';
    const s = scores({
      flags: [{ category: 'insult', severity: 'high', confidence: 0.9, spans: [{ start: 16, end: 21 }], reason: 'insulting word' }],
      sentiment: {
        score: 0,
        compound: -0.3,
        label: 'negative',
        contributions: [
          { text: 'total idiot', weight: -2.5, start: 10, end: 21, note: "intensified by 'total'" },
          { text: 'bad', weight: 1.2, start: 30, end: 33, note: "negated by 'not'" },
        ],
      },
    });
    const { container } = render(<HighlightedText text={body} scores={s} />);
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['total ', 'idiot', 'bad']);
    expect(marks[0]).toHaveClass('hl-negative');
    expect(marks[0]).not.toHaveClass('hl-flag');
    expect(marks[1]).toHaveClass('hl-flag', 'hl-flag-insult', 'hl-negative');
    expect(marks[1]!.title).toContain('insulting word');
    expect(marks[1]!.title).toContain("intensified by 'total'");
    expect(marks[2]).toHaveClass('hl-positive');
    expect(marks[2]!.title).toContain("negated by 'not'");
    expect(container.textContent).toBe(body);
  });
});
