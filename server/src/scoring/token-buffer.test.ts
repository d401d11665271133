import { expect, it } from 'vitest';
import { TokenBuffer } from './token-buffer';

it('hands out each comment its own tokens, also after a tokenizer stopped half-way', () => {
  const buffer = new TokenBuffer<string>();
  buffer.begin();
  buffer.push('a');
  buffer.push('b');
  expect(buffer.take()).toEqual(['a', 'b']);
  // A comment whose tokenizer threw before `take`...
  buffer.begin();
  buffer.push('stale');
  // ...leaves nothing to the next one.
  buffer.begin();
  buffer.push('c');
  const tokens = buffer.take();
  expect(tokens).toEqual(['c']);
  buffer.begin();
  buffer.push('d');
  // What was taken is the caller's: the buffer's reuse does not change it.
  expect(tokens).toEqual(['c']);
  expect(buffer.take()).toEqual(['d']);
});
