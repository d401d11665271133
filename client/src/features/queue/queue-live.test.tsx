import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { QueuePage } from './queue-page';
import { jsonResponse, mockFetch, renderAt } from '../../test/render';
import { queueItem } from '../../test/fixtures';

class FakeEventSource {
  static last: FakeEventSource | null = null;
  listeners = new Map<string, ((e: MessageEvent) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, fn: (e: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  close() {}
  emit(type: string, data: unknown) {
    for (const fn of this.listeners.get(type) ?? []) fn(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

const cards = () => screen.queryAllByTestId('comment-card').map((c) => Number(c.getAttribute('data-comment-id')));

beforeEach(() => {
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0));
});
afterEach(() => vi.unstubAllGlobals());

describe('queue live updates', () => {
  it('counts new comments without moving the list, then loads them at the top on request', async () => {
    const mock = mockFetch((url) => {
      if (url.pathname === '/api/queue' && url.searchParams.get('sort') === 'newest') {
        return jsonResponse({ items: [queueItem(9), queueItem(1)], nextCursor: null });
      }
      if (url.pathname === '/api/queue') return jsonResponse({ items: [queueItem(1), queueItem(2)], nextCursor: null });
      if (url.pathname === '/api/queue/counts') return jsonResponse({ byView: {}, byFlag: {} });
      if (url.pathname === '/api/articles') return jsonResponse({ items: [], nextCursor: null });
      return undefined;
    });
    vi.stubGlobal('fetch', mock.fn);
    renderAt('/', <QueuePage />);
    await waitFor(() => expect(cards()).toEqual([1, 2]));
    act(() => {
      FakeEventSource.last!.emit('comment.created', { type: 'comment.created', commentId: 9, articleId: 1, status: 'pending', priority: 0.9 });
      // Approved on arrival: not for the pending tab.
      FakeEventSource.last!.emit('comment.created', { type: 'comment.created', commentId: 10, articleId: 1, status: 'approved', priority: 0.1 });
    });
    const bar = await screen.findByTestId('new-comments-bar');
    expect(bar).toHaveTextContent('1 new comment');
    expect(cards()).toEqual([1, 2]);
    fireEvent.click(bar);
    await waitFor(() => expect(cards()).toEqual([9, 1, 2]));
    expect(screen.queryByTestId('new-comments-bar')).not.toBeInTheDocument();
    const newest = mock.calls.find((c) => c.url.searchParams.get('sort') === 'newest');
    expect(newest?.url.searchParams.get('view')).toBe('pending');
  });

  it('marks a card decided by someone else in place', async () => {
    vi.stubGlobal(
      'fetch',
      mockFetch((url) => {
        if (url.pathname === '/api/queue') return jsonResponse({ items: [queueItem(1), queueItem(2)], nextCursor: null });
        if (url.pathname === '/api/queue/counts') return jsonResponse({ byView: {}, byFlag: {} });
        if (url.pathname === '/api/articles') return jsonResponse({ items: [], nextCursor: null });
        return undefined;
      }).fn,
    );
    renderAt('/', <QueuePage />);
    await waitFor(() => expect(cards()).toEqual([1, 2]));
    act(() => {
      FakeEventSource.last!.emit('message', { type: 'comment.decided', commentId: 2, fromStatus: 'pending', toStatus: 'rejected', version: 2, moderatorId: 'maria', source: 'human' });
    });
    await waitFor(() => expect(screen.getAllByTestId('comment-card')[1]).toHaveAttribute('data-status', 'rejected'));
    expect(cards()).toEqual([1, 2]);
  });
});
