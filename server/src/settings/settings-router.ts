import { Router } from 'express';
import { SettingsPreviewInput, SettingsUpdate } from '@sift/shared';
import { validate } from '../http/validate';
import { actorOf } from '../http/actor';
import type { SettingsService } from './settings-service';
import type { RescoreJob } from './rescore-job';

export function settingsRouter(deps: { settings: SettingsService; rescore: RescoreJob }): Router {
  const router = Router();
  router.get('/settings', async (_req, res) => {
    res.json(await deps.settings.refresh());
  });
  router.put('/settings', async (req, res) => {
    const input = validate(SettingsUpdate, req.body);
    res.json(await deps.settings.update(input.settings, input.expectedVersion, actorOf(req)));
  });
  router.post('/settings/preview', async (req, res) => {
    res.json(await deps.settings.preview(validate(SettingsPreviewInput, req.body).settings));
  });
  router.post('/rescore', async (_req, res) => {
    res.status(202).json(await deps.rescore.start());
  });
  router.get('/rescore', (_req, res) => {
    res.json(deps.rescore.progress());
  });
  return router;
}
