import { useEffect, useRef } from 'react';
import { EventType, type SiftEvent } from '@sift/shared';

export const eventsUrl = '/api/events';

export function parseSiftEvent(data: string): SiftEvent | null {
  try {
    const value = JSON.parse(data) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const type = EventType.safeParse((value as { type?: unknown }).type);
    return type.success ? (value as SiftEvent) : null;
  } catch {
    return null;
  }
}

/**
 * Subscribes to the server's event stream for as long as the component is
 * mounted. EventSource reconnects by itself and sends Last-Event-ID, so the
 * server replays what was missed.
 */
export function useLiveEvents(onEvent: (event: SiftEvent) => void, enabled = true) {
  const handlerRef = useRef(onEvent);
  useEffect(() => {
    handlerRef.current = onEvent;
  });

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(eventsUrl, { withCredentials: true });
    const listener = (message: MessageEvent<string>) => {
      const event = parseSiftEvent(message.data);
      if (event) handlerRef.current(event);
    };
    // The server may send named events (`event: comment.created`) or plain messages; take both.
    source.addEventListener('message', listener);
    for (const type of EventType.options) source.addEventListener(type, listener);
    return () => source.close();
  }, [enabled]);
}
