import { limits } from '@sift/shared';
import type { Store } from '../store/store';
import type { IngestService } from '../comments/ingest-service';
import type { Logger } from '../logger';
import { buildDemoData } from './demo-data';
import type { Comment } from '@sift/shared';
import type { DecisionService } from '../moderation/decision-service';
import { decideDemoComments } from '../moderation/demo-decisions';

/** Loads the demo set into an empty database; does nothing when comments exist. */
export async function loadDemoData(deps: { store: Store; ingest: IngestService; logger: Logger; decisions?: DecisionService }, now = Date.now()): Promise<boolean> {
  if ((await deps.store.countComments()) > 0) return false;
  const data = buildDemoData(now);
  for (const a of data.articles) {
    await deps.store.upsertArticle({ externalId: `demo-${a.key}`, title: a.title, url: a.url, body: a.body, publishedAt: a.publishedAt });
  }
  // Replies refer to earlier comments, so batches go in creation order.
  const ordered = [...data.comments].sort((a, b) => Date.parse(a.createdAt ?? '') - Date.parse(b.createdAt ?? ''));
  const stored: Comment[] = [];
  for (let i = 0; i < ordered.length; i += limits.batch) {
    for (const r of await deps.ingest.ingest(ordered.slice(i, i + limits.batch))) stored.push(r.comment);
  }
  // Older comments get decisions from three demo moderators, so the charts have history.
  const decided = deps.decisions ? await decideDemoComments(deps.decisions, stored, now) : 0;
  deps.logger.info({ articles: data.articles.length, comments: ordered.length, decided }, 'loaded the demo data set');
  return true;
}
