import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/tokenise';
import { detectSpam } from './spam';

const isSpam = (text: string) => detectSpam(normalise(text)).length > 0;

// Each spam signal runs only when its anchor words, characters or cheap test
// say it can match; these check the gates do not hide real spam.
describe('spam signal gates', () => {
  it('finds a phrase repeated four times, with or without sentence breaks', () => {
    expect(isSpam('nice nice nice nice')).toBe(true);
    expect(isSpam('buy now. buy now. buy now. buy now.')).toBe(true);
    expect(isSpam('nice video, really nice')).toBe(false);
  });

  it('finds runs of ten identical characters anywhere', () => {
    expect(isSpam('!!!!!!!!!! subscribe')).toBe(true);
    expect(isSpam('subscribe heyyyyyyyyyyyy')).toBe(true);
    expect(isSpam('subscribe heyyyyy')).toBe(false);
  });

  it('sees anchor words inside hashtags and money signs without words', () => {
    expect(isSpam('#free iphones for everyone, click here')).toBe(true);
    expect(isSpam('earn $500 a day from home, dm me')).toBe(true);
    expect(isSpam('50% off today only, use my code')).toBe(true);
  });

  it('finds a web address after a dot only', () => {
    expect(isSpam('visit my site example.com')).toBe(true);
    expect(isSpam('come live with me')).toBe(false);
  });
});
