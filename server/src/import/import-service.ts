import { ErrorCode, limits, type CommentInput } from '@sift/shared';
import { ApiError } from '../http/api-error';
import type { Store } from '../store/store';
import type { IngestService } from '../comments/ingest-service';
import { parseArticleText } from './article-text-parser';
import { ImportRecord, normaliseRow, shortHash } from './records';
import type { RawRow } from './row-streams';

export interface ImportSummary {
  articlesCreated: number;
  commentsCreated: number;
  /** Comments already stored (same external id): importing twice adds nothing. */
  commentsExisting: number;
  invalid: number;
  warnings: string[];
}

const MAX_WARNINGS = 100;

function emptySummary(): ImportSummary {
  return { articlesCreated: 0, commentsCreated: 0, commentsExisting: 0, invalid: 0, warnings: [] };
}

function warn(summary: ImportSummary, message: string): void {
  if (summary.warnings.length < MAX_WARNINGS) summary.warnings.push(message);
  else if (summary.warnings.length === MAX_WARNINGS) summary.warnings.push('… further warnings left out');
}

export class ImportService {
  constructor(private readonly deps: { store: Store; ingest: IngestService }) {}

  /** Imports one article file; ids derive from the content, so a second import adds nothing. */
  async importArticleText(text: string): Promise<ImportSummary> {
    const summary = emptySummary();
    let parsed;
    try {
      parsed = parseArticleText(text);
    } catch (err) {
      throw new ApiError(422, ErrorCode.importFailed, (err as Error).message);
    }
    parsed.warnings.forEach((w) => warn(summary, w));
    const articleExternalId = `text:${shortHash(parsed.title, parsed.body)}`;
    const { article, created } = await this.deps.store.upsertArticle({
      externalId: articleExternalId,
      title: parsed.title.slice(0, limits.title),
      body: parsed.body.slice(0, limits.articleBody),
    });
    if (created) summary.articlesCreated++;
    const inputs: CommentInput[] = parsed.comments.map((c, i) => ({
      externalId: `${articleExternalId}:c${i}:${shortHash(c.author, c.body)}`,
      articleId: article.id,
      author: { name: c.author.slice(0, limits.authorName) },
      body: c.body.slice(0, limits.commentBody),
    }));
    for (let i = 0; i < inputs.length; i += limits.batch) {
      await this.ingestBatch(inputs.slice(i, i + limits.batch), summary);
    }
    return summary;
  }

  /** Imports comment rows (CSV or JSON), batch by batch, as they stream in. */
  async importRows(rows: AsyncIterable<RawRow>): Promise<ImportSummary> {
    const summary = emptySummary();
    const articleIds = new Map<string, number>();
    let batch: CommentInput[] = [];
    let rowNumber = 0;
    for await (const raw of rows) {
      rowNumber++;
      if (typeof raw.__invalid === 'string') {
        summary.invalid++;
        warn(summary, raw.__invalid);
        continue;
      }
      const parsed = ImportRecord.safeParse(normaliseRow(raw));
      if (!parsed.success) {
        summary.invalid++;
        const issue = parsed.error.issues[0];
        warn(summary, `row ${rowNumber}: ${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}`);
        continue;
      }
      const articleId = await this.resolveArticle(parsed.data, articleIds, summary);
      if (articleId === null) {
        summary.invalid++;
        warn(summary, `row ${rowNumber}: no article (give articleId, articleExternalId or articleTitle)`);
        continue;
      }
      batch.push(this.toInput(parsed.data, articleId));
      if (batch.length >= limits.batch) {
        await this.ingestBatch(batch, summary);
        batch = [];
      }
    }
    if (batch.length) await this.ingestBatch(batch, summary);
    return summary;
  }

  private toInput(r: ImportRecord, articleId: number): CommentInput {
    const externalId = r.externalId ?? `row:${shortHash(String(articleId), r.author, r.body, r.createdAt ?? '')}`;
    const input: CommentInput = { externalId, articleId, author: { name: r.author }, body: r.body };
    if (r.authorExternalId) input.author.externalId = r.authorExternalId;
    if (r.createdAt) input.createdAt = r.createdAt;
    if (r.parentExternalId) input.parentExternalId = r.parentExternalId;
    return input;
  }

  private async resolveArticle(r: ImportRecord, cache: Map<string, number>, summary: ImportSummary): Promise<number | null> {
    if (r.articleId !== undefined) {
      const key = `id:${r.articleId}`;
      if (!cache.has(key)) {
        const found = await this.deps.store.getArticle(r.articleId);
        if (!found) return null;
        cache.set(key, found.id);
      }
      return cache.get(key) ?? null;
    }
    const externalId = r.articleExternalId ?? (r.articleTitle ? `title:${shortHash(r.articleTitle)}` : null);
    if (externalId === null) return null;
    const cached = cache.get(externalId);
    if (cached !== undefined) return cached;
    const refs = await this.deps.store.findArticleIds({ ids: [], externalIds: [externalId] });
    let id = refs.byExternalId.get(externalId);
    if (id === undefined) {
      if (!r.articleTitle) return null;
      const { article, created } = await this.deps.store.upsertArticle({
        externalId,
        title: r.articleTitle,
        ...(r.articleUrl ? { url: r.articleUrl } : {}),
      });
      if (created) summary.articlesCreated++;
      id = article.id;
    }
    cache.set(externalId, id);
    return id;
  }

  /** Ingests a batch; a reply whose parent is unknown is kept as a top-level comment. */
  private async ingestBatch(batch: CommentInput[], summary: ImportSummary): Promise<void> {
    for (;;) {
      try {
        const results = await this.deps.ingest.ingest(batch);
        for (const r of results) {
          if (r.created) summary.commentsCreated++;
          else summary.commentsExisting++;
        }
        return;
      } catch (err) {
        const index = err instanceof ApiError && err.code === ErrorCode.parentNotFound ? (err.details as { index: number }).index : -1;
        const orphan = batch[index];
        if (!orphan) throw err;
        warn(summary, `comment ${orphan.externalId ?? index}: parent ${orphan.parentExternalId ?? orphan.parentId} not found; imported as a top-level comment`);
        batch = batch.map((c, i) => (i === index ? { ...c, parentExternalId: undefined, parentId: undefined } : c));
      }
    }
  }
}
