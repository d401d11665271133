import { expect, it } from 'vitest';
import { TimeSlice } from './time-slice';

function busyFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

it('keeps going within its slice, lets waiting callbacks in once it is used up, then starts a new one', async () => {
  let ran = 0;
  const count = () => ran++;
  setImmediate(count);
  const slice = new TimeSlice(50);
  await slice.pause();
  expect(ran).toBe(0);
  busyFor(55);
  await slice.pause();
  expect(ran).toBe(1);
  // The pause started a new slice: the next call goes straight on.
  setImmediate(count);
  await slice.pause();
  expect(ran).toBe(1);
});
