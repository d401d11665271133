import { z } from 'zod';

// Text fields are stored exactly as received, but some inputs can never be a
// real comment and would corrupt exports or indexes: NUL bytes and lone UTF-16
// surrogates (what invalid UTF-8 decodes to in some clients).
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function cleanText(max: number, min = 0) {
  return z
    .string()
    .min(min)
    .max(max)
    .refine((s) => !NUL.test(s), { message: 'must not contain NUL bytes' })
    .refine((s) => !LONE_SURROGATE.test(s), { message: 'must be valid Unicode (no lone surrogates)' });
}

export const limits = {
  commentBody: 20_000,
  title: 500,
  articleBody: 200_000,
  authorName: 200,
  externalId: 200,
  url: 2_000,
  batch: 1_000,
  bulkDecisions: 500,
  note: 2_000,
} as const;

/** ISO-8601 timestamp with offset, normalised by the server to UTC. */
export const isoDate = z.iso.datetime({ offset: true });
