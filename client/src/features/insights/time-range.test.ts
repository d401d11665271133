import { describe, expect, it } from 'vitest';
import { resolveRange } from './time-range';

const now = Date.parse('2025-03-10T12:34:00.000Z');

describe('resolveRange', () => {
  it('ends presets at the next full hour and picks the bucket size', () => {
    expect(resolveRange('24h', {}, now)).toEqual({ choice: '24h', from: '2025-03-09T13:00:00.000Z', to: '2025-03-10T13:00:00.000Z', bucket: 'hour' });
    expect(resolveRange('30d', {}, now)).toMatchObject({ from: '2025-02-08T13:00:00.000Z', bucket: 'day' });
  });

  it('defaults to 7 days', () => {
    expect(resolveRange(undefined, {}, now)).toMatchObject({ choice: '7d', from: '2025-03-03T13:00:00.000Z' });
  });

  it('uses explicit from/to as a custom range, hourly when short', () => {
    expect(resolveRange(undefined, { from: '2025-03-01T00:00:00.000Z', to: '2025-03-02T00:00:00.000Z' }, now)).toEqual({
      choice: 'custom',
      from: '2025-03-01T00:00:00.000Z',
      to: '2025-03-02T00:00:00.000Z',
      bucket: 'hour',
    });
    expect(resolveRange('custom', { from: '2025-01-01T00:00:00.000Z' }, now)).toMatchObject({ choice: 'custom', bucket: 'day' });
  });
});
