import type { Request } from 'express';
import type { Role } from '../store/store';

/** Who sent a request, as the auth gate found it (res.locals.actor). */
export interface Actor {
  /** The username, `apikey:<id>` for a site's key, `anonymous` otherwise. */
  id: string;
  kind: 'user' | 'apikey' | 'anonymous';
  role?: Role;
}

export const anonymousActor: Actor = Object.freeze({ id: 'anonymous', kind: 'anonymous' });

export function actorOf(req: Request): Actor {
  const actor = req.res?.locals.actor as Actor | undefined;
  return actor ?? anonymousActor;
}
