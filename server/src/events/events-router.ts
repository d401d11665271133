import { Router, type Request } from 'express';
import type { EventHub, HubMessage } from './event-hub';

/** Last-Event-ID from the header (EventSource reconnects) or `?lastEventId=` (first connect after a reload). */
export function lastEventIdOf(req: Request): number | null {
  const raw = req.get('last-event-id') ?? (typeof req.query.lastEventId === 'string' ? req.query.lastEventId : undefined);
  if (raw === undefined || !/^\d{1,15}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

export function formatSse(message: HubMessage): string {
  return `${message.id === null ? '' : `id: ${message.id}\n`}data: ${JSON.stringify(message.event)}\n\n`;
}

export function eventsRouter(deps: { hub: EventHub }): Router {
  const router = Router();
  router.get('/events', async (req, res) => {
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0);
    res.flushHeaders();
    res.write('retry: 3000\n\n');
    let closed = false;
    let unsubscribe = () => {};
    res.on('close', () => {
      closed = true;
      unsubscribe();
    });
    const off = await deps.hub.subscribe(
      {
        send: (m) => void res.write(formatSse(m)),
        ping: () => void res.write(': ping\n\n'),
        close: () => res.end(),
      },
      lastEventIdOf(req),
    );
    if (closed) off();
    else unsubscribe = off;
  });
  return router;
}
