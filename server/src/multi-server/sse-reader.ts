export interface SseMessage {
  id: string | null;
  event: string | null;
  data: string;
}

/**
 * Reads a `text/event-stream` response and resolves with the first message
 * that `match` accepts; rejects after `timeoutMs`.
 */
export async function waitForSse(res: Response, match: (m: SseMessage) => boolean, timeoutMs: number): Promise<SseMessage> {
  if (!res.body) throw new Error('event stream has no body');
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms; got:\n${buffer}`)), timeoutMs);
  });
  const read = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error('event stream ended');
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const msg: SseMessage = { id: null, event: null, data: '' };
        for (const line of block.split('\n')) {
          if (line.startsWith('id:')) msg.id = line.slice(3).trim();
          else if (line.startsWith('event:')) msg.event = line.slice(6).trim();
          else if (line.startsWith('data:')) msg.data += (msg.data ? '\n' : '') + line.slice(5).trimStart();
        }
        if (msg.data && match(msg)) return msg;
      }
    }
  })();
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => undefined);
  }
}
