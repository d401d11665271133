import { z } from 'zod';
import { cleanText, isoDate, limits } from './text';
import { Scores } from './scores';

// `escalated` is for comments a moderator wants a senior colleague or legal to
// look at; it stays out of the pending queue but is not published.
export const CommentStatus = z.enum(['pending', 'approved', 'rejected', 'escalated']);
export type CommentStatus = z.infer<typeof CommentStatus>;
export const commentStatuses = CommentStatus.options;

export const AuthorInput = z.strictObject({
  name: cleanText(limits.authorName, 1),
  externalId: cleanText(limits.externalId, 1).optional(),
});

export const CommentInput = z.strictObject({
  externalId: cleanText(limits.externalId, 1).optional(),
  /** Sift's article id, or the site's id of the article. */
  articleId: z.number().int().positive().optional(),
  articleExternalId: cleanText(limits.externalId, 1).optional(),
  /** Sift's comment id or the site's id of the parent comment, for replies. */
  parentId: z.number().int().positive().optional(),
  parentExternalId: cleanText(limits.externalId, 1).optional(),
  author: AuthorInput,
  body: cleanText(limits.commentBody, 1),
  createdAt: isoDate.optional(),
}).refine((c) => c.articleId !== undefined || c.articleExternalId !== undefined, {
  message: 'articleId or articleExternalId is required',
  path: ['articleId'],
});
export type CommentInput = z.infer<typeof CommentInput>;

export const CommentBatchInput = z.strictObject({
  comments: z.array(CommentInput).min(1).max(limits.batch),
});

export const Author = z.object({
  id: z.number().int(),
  name: z.string(),
  externalId: z.string().nullable(),
});

export const Comment = z.object({
  id: z.number().int(),
  externalId: z.string().nullable(),
  articleId: z.number().int(),
  parentId: z.number().int().nullable(),
  author: Author,
  body: z.string(),
  createdAt: z.string(),
  receivedAt: z.string(),
  status: CommentStatus,
  version: z.number().int(),
  scores: Scores.nullable(),
});
export type Comment = z.infer<typeof Comment>;

export interface IngestResult {
  comment: Comment;
  created: boolean;
}
