import { describe, expect, it } from 'vitest';
import { bucketEdges, bucketIndex, isoInZone, zonedToUtc } from './time-buckets';

const H = 3_600_000;
const lengths = (edges: number[]) => edges.slice(1).map((e, i) => (e - (edges[i] ?? 0)) / H);

describe('time buckets', () => {
  it('gives Berlin a 23-hour day in spring and a 25-hour day in autumn', () => {
    const spring = bucketEdges(Date.parse('2024-03-30T00:00:00+01:00'), Date.parse('2024-04-01T00:00:00+02:00'), 'day', 'Europe/Berlin');
    expect(lengths(spring)).toEqual([24, 23]);
    expect(isoInZone(spring[1] ?? 0, 'Europe/Berlin')).toBe('2024-03-31T00:00:00+01:00');
    expect(isoInZone(spring[2] ?? 0, 'Europe/Berlin')).toBe('2024-04-01T00:00:00+02:00');
    const autumn = bucketEdges(Date.parse('2024-10-27T00:00:00+02:00'), Date.parse('2024-10-28T00:00:00+01:00'), 'day', 'Europe/Berlin');
    expect(lengths(autumn)).toEqual([25]);
  });

  it('makes hour buckets that follow the local clock through a DST change', () => {
    const autumn = bucketEdges(Date.parse('2024-10-27T00:00:00+02:00'), Date.parse('2024-10-28T00:00:00+01:00'), 'hour', 'Europe/Berlin');
    expect(autumn).toHaveLength(26);
    expect(new Set(lengths(autumn))).toEqual(new Set([1]));
    // India is UTC+5:30: local hours start at half past in UTC.
    const kolkata = bucketEdges(Date.parse('2024-01-01T00:10:00Z'), Date.parse('2024-01-01T02:00:00Z'), 'hour', 'Asia/Kolkata');
    expect(kolkata.map((e) => new Date(e).toISOString())).toEqual([
      '2023-12-31T23:30:00.000Z',
      '2024-01-01T00:30:00.000Z',
      '2024-01-01T01:30:00.000Z',
      '2024-01-01T02:30:00.000Z',
    ]);
  });

  it('starts a day at the first instant that exists when midnight is skipped', () => {
    // Chile (America/Santiago) moved clocks from 00:00 to 01:00 on 2023-09-03.
    const t = zonedToUtc(2023, 9, 3, 0, 'America/Santiago');
    expect(new Date(t).toISOString()).toBe('2023-09-03T04:00:00.000Z');
    expect(isoInZone(t, 'America/Santiago')).toBe('2023-09-03T01:00:00-03:00');
  });

  it('finds the bucket of an instant', () => {
    const edges = [0, 10, 20, 30];
    expect([0, 9, 10, 29, 30, -1].map((t) => bucketIndex(edges, t))).toEqual([0, 0, 1, 2, -1, -1]);
  });
});
