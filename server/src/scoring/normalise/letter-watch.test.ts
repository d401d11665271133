import { describe, expect, it } from 'vitest';
import { LetterWatch } from './letter-watch';

describe('letter watch', () => {
  const watch = new LetterWatch(['fuck', 'fuk', 'shit', 'asshole'], ['cunt', 'wank']);
  const regex = /fuck|fuk|shit|asshole|(?<![a-z0-9])cunt|(?<![a-z0-9])wank/;

  it('finds a sequence anywhere in a run of letters, start-only ones where a run starts and no digit is before', () => {
    expect(watch.test('clusterfuck')).toBe(true);
    expect(watch.test('ffuk')).toBe(true);
    expect(watch.test('asasshole')).toBe(true);
    expect(watch.test('wank')).toBe(true);
    expect(watch.test('#wank')).toBe(true);
    expect(watch.test('swanky')).toBe(false);
    expect(watch.test('scunthorpe')).toBe(false);
    expect(watch.test('1cunt')).toBe(false);
    expect(watch.test('sh it')).toBe(false);
    expect(watch.test('SHIT')).toBe(false);
  });

  it('says what the regex says', () => {
    const alphabet = ['f', 'u', 'c', 'k', 's', 'h', 'i', 't', 'n', 'w', 'a', 'o', 'l', 'e', '1', ' ', '@', 'é'];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length;
    for (let k = 0; k < 20000; k++) {
      let s = '';
      for (let i = 0, n = 1 + (k % 11); i < n; i++) s += alphabet[next()];
      expect(watch.test(s), s).toBe(regex.test(s));
    }
  });
});
