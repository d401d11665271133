import { limits } from '@sift/shared';
import type { Store } from '../store/store';
import type { IngestService } from '../comments/ingest-service';
import type { Logger } from '../logger';
import { buildDemoData } from './demo-data';

/** Loads the demo set into an empty database; does nothing when comments exist. */
export async function loadDemoData(deps: { store: Store; ingest: IngestService; logger: Logger }, now = Date.now()): Promise<boolean> {
  if ((await deps.store.countComments()) > 0) return false;
  const data = buildDemoData(now);
  for (const a of data.articles) {
    await deps.store.upsertArticle({ externalId: `demo-${a.key}`, title: a.title, url: a.url, body: a.body, publishedAt: a.publishedAt });
  }
  // Replies refer to earlier comments, so batches go in creation order.
  const ordered = [...data.comments].sort((a, b) => Date.parse(a.createdAt ?? '') - Date.parse(b.createdAt ?? ''));
  for (let i = 0; i < ordered.length; i += limits.batch) {
    await deps.ingest.ingest(ordered.slice(i, i + limits.batch));
  }
  deps.logger.info({ articles: data.articles.length, comments: ordered.length }, 'loaded the demo data set');
  return true;
}
