import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleText } from './article-text-parser';
import { SEED_FILE } from '../test/test-app';

describe('parseArticleText', () => {
  it('reads the seed article: paragraphs, the count line and four author/comment pairs', () => {
    const parsed = parseArticleText(fs.readFileSync(SEED_FILE, 'utf8'));
    expect(parsed.declaredCount).toBe(4);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.title).toMatch(/^At an emotional award ceremony, North Korean leader Kim Jong Un/);
    expect(parsed.body).toContain('South Korean lawmakers have suggested');
    expect(parsed.comments.map((c) => c.author)).toEqual(['Noir Black', 'Matzomaster', 'Karamba', 'Donatello']);
    expect(parsed.comments[0]?.body).toBe("It's sad to see a brutal dictatorship turn its fallen soldiers into propaganda symbols.");
    expect(parsed.comments[3]?.body).toBe('Kim Jong Un is glorifying war and death while ignoring the suffering of average North Koreans at home.');
  });

  it('tolerates CRLF, blank lines and a comment spanning several lines', () => {
    const text = [
      'Library opens on Sundays',
      '',
      'The city will open its libraries on Sundays.',
      '',
      '2 Comments',
      '',
      'Ann',
      'Great news.',
      'I will bring my kids every week.',
      '',
      'Bo',
      'Finally!',
    ].join('\r\n');
    const parsed = parseArticleText(text);
    expect(parsed.title).toBe('Library opens on Sundays');
    expect(parsed.body).toBe('The city will open its libraries on Sundays.');
    expect(parsed.comments).toEqual([
      { author: 'Ann', body: 'Great news.\nI will bring my kids every week.' },
      { author: 'Bo', body: 'Finally!' },
    ]);
  });

  it('warns when the count disagrees with the pairs, and imports what is there', () => {
    const parsed = parseArticleText('A story about trains that run late.\n7 Comments\nAnn\nLate again.\nBo\nAs always.');
    expect(parsed.comments).toHaveLength(2);
    expect(parsed.warnings.join()).toMatch(/says 7 comments but holds 2/);
  });

  it('finds the comments without a count line', () => {
    const parsed = parseArticleText(
      'The council met on Tuesday and approved the budget after a long debate.\nSpending on schools rises by four percent.\nAnn Lee\nGood to hear about the schools.\nBo\nToo little, too late.',
    );
    expect(parsed.body).toContain('Spending on schools');
    expect(parsed.comments).toEqual([
      { author: 'Ann Lee', body: 'Good to hear about the schools.' },
      { author: 'Bo', body: 'Too little, too late.' },
    ]);
    expect(parsed.warnings.join()).toMatch(/no "N Comments" line/);
  });

  it('keeps a short comment right after a name as the comment text', () => {
    const parsed = parseArticleText('An article paragraph that is long enough to be one.\n3 Comments\nAnn\nAgreed\nBo\nNo way\nCy\nThis is the best article I have read.');
    expect(parsed.comments.map((c) => [c.author, c.body])).toEqual([
      ['Ann', 'Agreed'],
      ['Bo', 'No way'],
      ['Cy', 'This is the best article I have read.'],
    ]);
  });

  it('refuses a file without article text', () => {
    expect(() => parseArticleText('\n\n')).toThrow(/no article text/);
  });
});
