import { describe, expect, it } from 'vitest';
import { isInsultingCompound } from './insult-compounds';

describe('isInsultingCompound', () => {
  it.each(['shithead', 'dirtbags', 'assclown', 'dumbfuck', 'libtard', 'conservatards', 'twatwaffle', 'douchebags', 'fuckwit', 'peabrain'])(
    'recognises "%s"', (word) => {
      expect(isInsultingCompound(word)).toBe(true);
    },
  );

  it.each([
    'peanut', 'pinball', 'mustard', 'custard', 'leotard', 'retardant', 'retarded', 'headbutt', 'birdbath', 'meatball',
    'dipstick', 'forehead', 'redhead', 'warhead', 'cockpit', 'assassin', 'passage', 'dumbbell', 'hat', 'class',
  ])('leaves "%s" alone', (word) => {
    expect(isInsultingCompound(word)).toBe(false);
  });
});
