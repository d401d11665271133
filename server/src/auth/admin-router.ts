import { Router } from 'express';
import { z } from 'zod';
import { actorOf } from '../http/actor';
import { parseId, validate } from '../http/validate';
import type { Accounts } from './accounts';
import { CreateApiKeyInput, CreateUserInput } from './auth-schemas';

const UsernameParam = z.string().max(64);

/** Users and API keys, for admins (the route rules keep everyone else out). */
export function adminRouter(deps: { accounts: Accounts }): Router {
  const { accounts } = deps;
  const router = Router();

  router.get('/users', async (_req, res) => {
    res.json({ items: await accounts.list() });
  });

  router.post('/users', async (req, res) => {
    const input = validate(CreateUserInput, req.body);
    const created = await accounts.add(actorOf(req).id, input);
    res.status(201).json(created);
  });

  router.delete('/users/:username', async (req, res) => {
    await accounts.remove(actorOf(req).id, validate(UsernameParam, req.params.username));
    res.status(204).end();
  });

  router.post('/users/:username/reset', async (req, res) => {
    const password = await accounts.reset(actorOf(req).id, validate(UsernameParam, req.params.username));
    res.json({ password });
  });

  router.get('/keys', async (_req, res) => {
    res.json({ items: await accounts.listKeys() });
  });

  router.post('/keys', async (req, res) => {
    const input = validate(CreateApiKeyInput, req.body);
    const { key, secret } = await accounts.createKey(actorOf(req).id, input.name);
    // The secret is shown this once; only its digest is stored.
    res.status(201).json({ ...key, key: secret });
  });

  router.delete('/keys/:id', async (req, res) => {
    await accounts.revokeKey(actorOf(req).id, parseId(req.params.id, 'API key'));
    res.status(204).end();
  });

  return router;
}
