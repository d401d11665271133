import type { RequestHandler, Router } from 'express';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import { Accounts } from './accounts';
import { adminRouter } from './admin-router';
import { authGate, type AuthGateOptions } from './auth-gate';
import { authRouter } from './auth-router';
import { AuthService, type AuthOptions } from './auth-service';

export interface AppAuthOptions extends AuthOptions {
  /** See AuthGateOptions.testActor: for test helpers only, never from env or config. */
  testActor?: AuthGateOptions['testActor'];
  ingestPerMinute?: number;
}

/** Everything the app needs for accounts and access control. */
export function installAuth(deps: { store: Store; logger: Logger; options?: AppAuthOptions }): {
  gate: RequestHandler;
  routers: Router[];
  auth: AuthService;
  accounts: Accounts;
} {
  const options = deps.options ?? {};
  const auth = new AuthService({ store: deps.store, logger: deps.logger }, options);
  const accounts = new Accounts(deps.store, auth.now);
  const gate = authGate({
    auth,
    store: deps.store,
    logger: deps.logger,
    testActor: options.testActor,
    ingestPerMinute: options.ingestPerMinute,
  });
  return { gate, routers: [authRouter({ auth }), adminRouter({ accounts })], auth, accounts };
}
