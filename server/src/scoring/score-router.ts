import { Router } from 'express';
import { z } from 'zod';
import { cleanText, limits } from '@sift/shared';
import { ApiError } from '../http/api-error';
import { validate } from '../http/validate';
import type { Scorer } from './types';

const ScoreInput = z.strictObject({ text: cleanText(limits.commentBody, 1) });

/** POST /api/score: text in, the full scoring result out, nothing stored. */
export function scoreRouter(deps: { scorer: () => Scorer | null }): Router {
  const router = Router();
  router.post('/score', (req, res) => {
    const { text } = validate(ScoreInput, req.body);
    const scorer = deps.scorer();
    if (!scorer) throw new ApiError(503, 'internal_error', 'scoring is not configured');
    res.json(scorer.score(text));
  });
  return router;
}
