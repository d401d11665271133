import { CommentFilters, flagCategories, type CommentStatus } from '@sift/shared';
import { z } from 'zod';
import { validate } from '../http/validate';
import type { NotableCommentRow } from '../store/analytics-store';
import type { Store } from '../store/store';
import { DEFAULT_RANGE_MS } from '../stats/stats-range';

export const ReportQuery = CommentFilters.extend({ format: z.enum(['json', 'html']).optional() });

const EXCERPT = 140;
const TOP = 5;

export interface NotableComment {
  id: number;
  articleId: number;
  author: string;
  excerpt: string;
  status: CommentStatus;
  priority: number;
  compound: number | null;
  flags: string[];
}

export type ModerationReport = Awaited<ReturnType<ReportService['summary']>>;

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function excerpt(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Cut at a code-point boundary, then at the last space when there is one nearby.
  const cut = Array.from(flat).slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function notable(r: NotableCommentRow): NotableComment {
  return {
    id: r.id,
    articleId: r.articleId,
    author: r.authorName,
    excerpt: excerpt(r.body),
    status: r.status,
    priority: r.priority,
    compound: r.compound,
    flags: flagCategories.filter((_, i) => (r.flagMask >> i) & 1),
  };
}

/**
 * The moderation report for a period: comments received in [from, to) that
 * match the filters, and the decisions made in [from, to) on matching comments.
 */
export class ReportService {
  constructor(private readonly store: Store) {}

  parse(query: unknown, now = Date.now()) {
    const q = validate(ReportQuery, query);
    const to = q.to ? Date.parse(q.to) : now;
    const from = q.from ? Date.parse(q.from) : to - DEFAULT_RANGE_MS;
    const { format, ...rest } = q;
    return { format, from, to, filters: { ...rest, from: new Date(from).toISOString(), to: new Date(to).toISOString() } };
  }

  async summary(p: { from: number; to: number; filters: CommentFilters }) {
    const { store } = this;
    const scope = { filters: p.filters, from: p.from, to: p.to };
    const [totals, articles, moderators, reasons, byPriority, mostNegative] = await Promise.all([
      store.reportTotals(p.filters),
      store.topFlaggedArticles(p.filters, TOP),
      store.moderatorStats(scope),
      store.rejectionReasons(scope),
      store.notableComments(p.filters, 'priority', TOP),
      store.notableComments(p.filters, 'most_negative', TOP),
    ]);
    const s = totals.byStatus;
    const decided = totals.received - s.pending;
    return {
      period: { from: new Date(p.from).toISOString(), to: new Date(p.to).toISOString() },
      filters: p.filters,
      totals: { received: totals.received, pending: s.pending, approved: s.approved, rejected: s.rejected, escalated: s.escalated, flagged: totals.flagged },
      rates: {
        /** Of comments approved or rejected, the share rejected. */
        rejectionRate: share(s.rejected, s.approved + s.rejected),
        /** Of decided comments, the share whose status a rule set. */
        autoDecidedShare: share(totals.decidedByRule, decided),
        flaggedShare: share(totals.flagged, totals.received),
      },
      sentiment: {
        positive: totals.sentiment.positive,
        neutral: totals.sentiment.neutral,
        negative: totals.sentiment.negative,
        meanCompound: totals.sentiment.scored > 0 ? totals.sentiment.sumCompound / totals.sentiment.scored : null,
      },
      topFlaggedArticles: articles.map((a) => ({ articleId: a.articleId, title: a.title, comments: a.count, flagged: a.flagged, flaggedShare: share(a.flagged, a.count) ?? 0 })),
      moderators,
      rejectionReasons: reasons,
      notable: { highestPriority: byPriority.map(notable), mostNegative: mostNegative.map(notable) },
    };
  }
}
