import type { CommentFilters, CommentStatus, SentimentLabel } from '@sift/shared';

// Storage parts of stats, exports and reports; `Store` extends them. Every
// method is async and dialect-neutral: times are epoch milliseconds, bucket
// edges are computed by the caller (time zones are not the database's job).

/** A decision-time window [from, to), with comment filters (whose own from/to select comments). */
export interface DecisionScope {
  filters: CommentFilters;
  from: number;
  to: number;
}

export interface SentimentBucket {
  count: number;
  /** Comments with a compound score (the mean is over these). */
  scored: number;
  sumCompound: number;
  positive: number;
  neutral: number;
  negative: number;
}

export interface DecisionBucket {
  approved: number;
  rejected: number;
  escalated: number;
  human: number;
  rule: number;
}

export interface ArticleStatRow {
  articleId: number;
  title: string;
  count: number;
  meanCompound: number | null;
  flagged: number;
  rejected: number;
}

export interface ModeratorStatRow {
  moderatorId: string;
  decisions: number;
  approved: number;
  rejected: number;
  escalated: number;
  medianSecondsToDecision: number | null;
}

export interface StatsStore {
  /** Comments per equal-width compound bin over [-1, 1] (the last bin includes 1). */
  sentimentHistogram(filters: CommentFilters, bins: number): Promise<{ counts: number[]; total: number; sumCompound: number }>;
  /** One entry per bucket [edges[i], edges[i+1]) of comment creation time. */
  sentimentByBucket(filters: CommentFilters, edges: number[]): Promise<SentimentBucket[]>;
  /** Flagged comments per bucket and category (index of flagCategories). */
  flagsByBucket(filters: CommentFilters, edges: number[]): Promise<number[][]>;
  /** Decisions (to approved/rejected/escalated) per bucket of decision time, on comments matching the filters. */
  decisionsByBucket(filters: CommentFilters, edges: number[]): Promise<DecisionBucket[]>;
  /** Busiest articles first. */
  articleStats(filters: CommentFilters, limit: number): Promise<ArticleStatRow[]>;
  /** Human decisions made in the window, per moderator, most active first. */
  moderatorStats(scope: DecisionScope): Promise<ModeratorStatRow[]>;
}

/** One comment as exported, with its last decision. */
export interface ExportCommentRow {
  id: number;
  externalId: string | null;
  articleId: number;
  articleTitle: string;
  authorName: string;
  authorExternalId: string | null;
  parentId: number | null;
  body: string;
  createdAt: number;
  receivedAt: number;
  status: CommentStatus;
  sentimentLabel: SentimentLabel | null;
  compound: number | null;
  priority: number;
  flags: { category: string; reason: string }[];
  lastDecision: {
    status: CommentStatus;
    source: 'human' | 'rule';
    moderatorId: string | null;
    reason: string | null;
    note: string | null;
    at: number;
  } | null;
}

export interface ExportDecisionRow {
  id: number;
  commentId: number;
  articleId: number;
  fromStatus: CommentStatus | null;
  toStatus: CommentStatus;
  source: 'human' | 'rule';
  moderatorId: string | null;
  reason: string | null;
  note: string | null;
  at: number;
}

export interface ExportStore {
  /**
   * Matching comments in id order, in batches (keyset pages, so memory stays
   * flat and the connection is free between batches). Stop iterating to stop.
   */
  exportComments(filters: CommentFilters, batchSize: number): AsyncIterable<ExportCommentRow[]>;
  /** The decision log for decision times in [from, to), in id order, in batches. */
  exportDecisions(range: { from: number; to: number }, batchSize: number): AsyncIterable<ExportDecisionRow[]>;
}

export interface ReportTotals {
  received: number;
  byStatus: Record<CommentStatus, number>;
  flagged: number;
  sentiment: Record<SentimentLabel, number> & { scored: number; sumCompound: number };
  /** Decided comments (not pending) whose current status was set by a rule. */
  decidedByRule: number;
}

export interface NotableCommentRow {
  id: number;
  articleId: number;
  authorName: string;
  body: string;
  status: CommentStatus;
  priority: number;
  compound: number | null;
  flagMask: number;
}

export interface ReportStore {
  reportTotals(filters: CommentFilters): Promise<ReportTotals>;
  /** Articles with the most flagged comments. */
  topFlaggedArticles(filters: CommentFilters, limit: number): Promise<(ArticleStatRow & { flagged: number })[]>;
  /** Rejections in the window on matching comments, per reason. */
  rejectionReasons(scope: DecisionScope): Promise<{ reason: string; count: number }[]>;
  notableComments(filters: CommentFilters, order: 'priority' | 'most_negative', limit: number): Promise<NotableCommentRow[]>;
}

export interface AnalyticsStore extends StatsStore, ExportStore, ReportStore {}

/** One dialect's scan-based analytics parts as one object of bound methods. */
export function bindAnalytics({ stats, exports, reports }: { stats: StatsStore; exports: ExportStore; reports: ReportStore }): AnalyticsStore {
  return {
    sentimentHistogram: stats.sentimentHistogram.bind(stats),
    sentimentByBucket: stats.sentimentByBucket.bind(stats),
    flagsByBucket: stats.flagsByBucket.bind(stats),
    decisionsByBucket: stats.decisionsByBucket.bind(stats),
    articleStats: stats.articleStats.bind(stats),
    moderatorStats: stats.moderatorStats.bind(stats),
    exportComments: exports.exportComments.bind(exports),
    exportDecisions: exports.exportDecisions.bind(exports),
    reportTotals: reports.reportTotals.bind(reports),
    topFlaggedArticles: reports.topFlaggedArticles.bind(reports),
    rejectionReasons: reports.rejectionReasons.bind(reports),
    notableComments: reports.notableComments.bind(reports),
  };
}
