import { stringify } from 'csv-stringify/sync';
import type { ExportCommentRow, ExportDecisionRow } from '../store/analytics-store';
import { escapeFormula } from './formula-escape';

const iso = (ms: number | null | undefined): string | null => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/** One exported comment as JSON (the .json and .ndjson exports). */
export function commentJson(r: ExportCommentRow) {
  return {
    id: r.id,
    externalId: r.externalId,
    articleId: r.articleId,
    articleTitle: r.articleTitle,
    author: { name: r.authorName, externalId: r.authorExternalId },
    parentId: r.parentId,
    body: r.body,
    createdAt: iso(r.createdAt),
    receivedAt: iso(r.receivedAt),
    status: r.status,
    sentiment: { label: r.sentimentLabel, compound: r.compound },
    priority: r.priority,
    flags: r.flags,
    lastDecision: r.lastDecision && { ...r.lastDecision, at: iso(r.lastDecision.at) },
  };
}

export const COMMENT_CSV_COLUMNS = [
  'id', 'external_id', 'article_id', 'article_title', 'author', 'author_external_id', 'parent_id', 'body',
  'created_at', 'received_at', 'status', 'sentiment_label', 'compound', 'priority', 'flags', 'flag_reasons',
  'decision_status', 'decision_source', 'decision_moderator', 'decision_reason', 'decision_note', 'decided_at',
];

function commentCsvRecord(r: ExportCommentRow): (string | number | null)[] {
  const d = r.lastDecision;
  const t = escapeFormula;
  return [
    r.id, t(r.externalId), r.articleId, t(r.articleTitle), t(r.authorName), t(r.authorExternalId), r.parentId, t(r.body),
    iso(r.createdAt), iso(r.receivedAt), r.status, r.sentimentLabel, r.compound, r.priority,
    r.flags.map((f) => f.category).join(';'),
    t(r.flags.map((f) => `${f.category}: ${f.reason}`).join('; ')),
    d?.status ?? null, d?.source ?? null, t(d?.moderatorId ?? null), t(d?.reason ?? null), t(d?.note ?? null), iso(d?.at),
  ];
}

export const AUDIT_CSV_COLUMNS = ['id', 'comment_id', 'article_id', 'from_status', 'to_status', 'source', 'moderator', 'reason', 'note', 'at'];

function auditCsvRecord(d: ExportDecisionRow): (string | number | null)[] {
  return [d.id, d.commentId, d.articleId, d.fromStatus, d.toStatus, d.source, escapeFormula(d.moderatorId), escapeFormula(d.reason), escapeFormula(d.note), iso(d.at)];
}

const csv = (records: (string | number | null)[][], columns: string[] | null) =>
  stringify(records, { header: columns !== null, columns: columns ?? undefined, record_delimiter: 'windows' });

/** How a batch of rows becomes text; `first` is true for the first batch (headers, no separator). */
export interface Encoder<T> {
  contentType: string;
  head: string;
  batch(rows: T[], first: boolean): string;
  tail: string;
}

export const commentEncoders: Record<'csv' | 'json' | 'ndjson', Encoder<ExportCommentRow>> = {
  // The BOM tells spreadsheet programs the file is UTF-8.
  csv: {
    contentType: 'text/csv; charset=utf-8',
    head: '\uFEFF',
    batch: (rows, first) => csv(rows.map(commentCsvRecord), first ? COMMENT_CSV_COLUMNS : null),
    tail: '',
  },
  json: {
    contentType: 'application/json; charset=utf-8',
    head: '[',
    batch: (rows, first) => (first ? '\n' : ',\n') + rows.map((r) => JSON.stringify(commentJson(r))).join(',\n'),
    tail: '\n]\n',
  },
  ndjson: {
    contentType: 'application/x-ndjson; charset=utf-8',
    head: '',
    batch: (rows) => rows.map((r) => `${JSON.stringify(commentJson(r))}\n`).join(''),
    tail: '',
  },
};

export const auditCsvEncoder: Encoder<ExportDecisionRow> = {
  contentType: 'text/csv; charset=utf-8',
  head: '\uFEFF',
  batch: (rows, first) => csv(rows.map(auditCsvRecord), first ? AUDIT_CSV_COLUMNS : null),
  tail: '',
};
