import type { CommentStatus, SentimentLabel } from '@sift/shared';
import type { ExportCommentRow } from './analytics-store';

/** A comment export row as both SQL dialects select it (times in epoch ms). */
export interface CommentExportSqlRow {
  id: number;
  external_id: string | null;
  article_id: number;
  article_title: string;
  author_name: string;
  author_external_id: string | null;
  parent_id: number | null;
  body: string;
  created_at: number;
  received_at: number;
  status: CommentStatus;
  sentiment_label: SentimentLabel | null;
  compound: number | null;
  priority: number;
  flags: string | null;
  d_status: CommentStatus | null;
  d_source: 'human' | 'rule' | null;
  d_moderator: string | null;
  d_reason: string | null;
  d_note: string | null;
  d_at: number | null;
}

export function toExportRow(r: CommentExportSqlRow): ExportCommentRow {
  return {
    id: r.id,
    externalId: r.external_id,
    articleId: r.article_id,
    articleTitle: r.article_title,
    authorName: r.author_name,
    authorExternalId: r.author_external_id,
    parentId: r.parent_id,
    body: r.body,
    createdAt: r.created_at,
    receivedAt: r.received_at,
    status: r.status,
    sentimentLabel: r.sentiment_label,
    compound: r.compound,
    priority: r.priority,
    flags: r.flags ? (JSON.parse(r.flags) as { category: string; reason: string }[]) : [],
    lastDecision:
      r.d_status === null || r.d_at === null
        ? null
        : { status: r.d_status, source: r.d_source ?? 'human', moderatorId: r.d_moderator, reason: r.d_reason, note: r.d_note, at: r.d_at },
  };
}
