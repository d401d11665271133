import { Router } from 'express';
import { z } from 'zod';
import { ArticleInput } from '@sift/shared';
import { ApiError } from '../http/api-error';
import { parseId, validate } from '../http/validate';
import type { Store } from '../store/store';

const ListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.coerce.number().int().positive().optional(),
});

export function articlesRouter(deps: { store: Store }): Router {
  const router = Router();

  router.post('/articles', async (req, res) => {
    const input = validate(ArticleInput, req.body);
    const { article, created } = await deps.store.upsertArticle(input);
    res.status(created ? 201 : 200).json(article);
  });

  router.get('/articles', async (req, res) => {
    const q = validate(ListQuery, req.query);
    const page = await deps.store.listArticles({ limit: q.limit, cursor: q.cursor });
    res.json({ items: page.items, nextCursor: page.nextCursor === null ? null : String(page.nextCursor) });
  });

  router.get('/articles/:id', async (req, res) => {
    const article = await deps.store.getArticle(parseId(req.params.id, 'article'));
    if (!article) throw ApiError.notFound('article');
    res.json(article);
  });

  return router;
}
