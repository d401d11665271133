import { Router } from 'express';
import { AuditEventQuery, AuditQuery, BulkDecisionInput, DecisionInput, UndoInput } from '@sift/shared';
import { parseId, validate } from '../http/validate';
import { actorOf } from '../http/actor';
import type { DecisionService } from './decision-service';

export function moderationRouter(deps: { decisions: DecisionService }): Router {
  const router = Router();
  const { decisions } = deps;

  router.post('/comments/:id/decision', async (req, res) => {
    const id = parseId(req.params.id, 'comment');
    res.json(await decisions.decide(id, validate(DecisionInput, req.body), actorOf(req)));
  });
  router.post('/decisions/bulk', async (req, res) => {
    res.json(await decisions.bulk(validate(BulkDecisionInput, req.body), actorOf(req)));
  });
  router.post('/comments/:id/undo', async (req, res) => {
    const id = parseId(req.params.id, 'comment');
    res.json(await decisions.undo(id, validate(UndoInput, req.body).expectedVersion, actorOf(req)));
  });
  router.get('/comments/:id/history', async (req, res) => {
    res.json(await decisions.history(parseId(req.params.id, 'comment')));
  });
  router.get('/audit', async (req, res) => {
    res.json(await decisions.audit(validate(AuditQuery, req.query)));
  });
  router.get('/audit/events', async (req, res) => {
    res.json(await decisions.auditEvents(validate(AuditEventQuery, req.query)));
  });
  return router;
}
