import { z } from 'zod';
import { cleanText, isoDate, limits } from './text';

export const ArticleInput = z.strictObject({
  externalId: cleanText(limits.externalId, 1).optional(),
  title: cleanText(limits.title, 1),
  url: z.url({ protocol: /^https?$/ }).max(limits.url).optional(),
  body: cleanText(limits.articleBody).optional(),
  publishedAt: isoDate.optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

export const Article = z.object({
  id: z.number().int(),
  externalId: z.string().nullable(),
  title: z.string(),
  url: z.string().nullable(),
  body: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  commentCount: z.number().int().optional(),
});
export type Article = z.infer<typeof Article>;
