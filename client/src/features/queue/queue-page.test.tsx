import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { QueuePage } from './queue-page';
import { jsonResponse, mockFetch, renderAt } from '../../test/render';
import { queueItem } from '../../test/fixtures';

const counts = { byView: { pending: 3, flagged: 1, approved: 0, rejected: 0, escalated: 0, all: 3 }, byFlag: {} };
const items = [queueItem(1), queueItem(2), queueItem(3)];

function cards() {
  return screen.queryAllByTestId('comment-card').map((c) => Number(c.getAttribute('data-comment-id')));
}

function setup(decision: (url: URL, init?: RequestInit) => Response | undefined, path = '/', role = 'moderator') {
  const mock = mockFetch((url, init) => {
    if (url.pathname === '/api/auth/me') return jsonResponse({ user: { username: 'maria', role, mustChangePassword: false, demo: false } });
    if (url.pathname === '/api/queue') return jsonResponse({ items, nextCursor: null });
    if (url.pathname === '/api/queue/counts') return jsonResponse(counts);
    if (url.pathname === '/api/articles') return jsonResponse({ items: [], nextCursor: null });
    return decision(url, init);
  });
  vi.stubGlobal('fetch', mock.fn);
  return { ...renderAt(path, <QueuePage />), calls: mock.calls };
}

function press(key: string, init: KeyboardEventInit = {}) {
  act(() => {
    fireEvent.keyDown(document.body, { key, ...init });
  });
}

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0));
});
afterEach(() => vi.unstubAllGlobals());

describe('QueuePage', () => {
  it('lists the queue with live counts on the tabs', async () => {
    setup(() => undefined);
    await waitFor(() => expect(cards()).toEqual([1, 2, 3]));
    expect(screen.getByTestId('tab-pending')).toHaveTextContent('3');
    expect(screen.getByTestId('tab-pending')).toHaveAttribute('aria-selected', 'true');
  });

  it('rolls an optimistic approval back on a 409 and says who decided first', async () => {
    let answer!: (r: Response) => void;
    setup((url) => {
      if (url.pathname === '/api/comments/2/decision') {
        return new Promise<Response>((resolve) => (answer = resolve)) as unknown as Response;
      }
      return undefined;
    });
    await waitFor(() => expect(cards()).toEqual([1, 2, 3]));
    const card = screen.getAllByTestId('comment-card')[1]!;
    fireEvent.click(await within(card).findByRole('button', { name: /approve/i }));
    // Optimistic: gone before the server answers.
    await waitFor(() => expect(cards()).toEqual([1, 3]));
    await waitFor(() => expect(answer).toBeDefined());
    const current = { ...queueItem(2), status: 'rejected', version: 2 };
    answer(
      jsonResponse(
        {
          error: {
            code: 'version_conflict',
            message: 'The comment changed',
            details: { current, lastDecision: { id: 9, commentId: 2, fromStatus: 'pending', toStatus: 'rejected', reason: 'spam', note: null, moderatorId: 'maria', at: '2025-01-01T10:05:00Z', source: 'human', undoOf: null } },
          },
        },
        409,
      ),
    );
    await waitFor(() => expect(cards()).toEqual([1, 2, 3]));
    expect(await screen.findByRole('alert')).toHaveTextContent('Another moderator (maria) already rejected this comment.');
    // The restored card shows what really happened to it.
    const restored = screen.getAllByTestId('comment-card')[1]!;
    expect(restored).toHaveAttribute('data-status', 'rejected');
    expect(restored).toHaveTextContent('This comment is now rejected');
  });

  it('moves with j/k, approves with a and rejects with r then a digit', async () => {
    const { calls } = setup((url) => {
      const match = /^\/api\/comments\/(\d+)\/decision$/.exec(url.pathname);
      if (!match) return undefined;
      const id = Number(match[1]);
      return jsonResponse({
        comment: { ...queueItem(id), status: 'approved', version: 2 },
        decision: { id: 1, commentId: id, fromStatus: 'pending', toStatus: 'approved', reason: null, note: null, moderatorId: null, at: '2025-01-01T10:00:00Z', source: 'human', undoOf: null },
      });
    });
    await waitFor(() => expect(cards()).toEqual([1, 2, 3]));
    const active = () => screen.getAllByTestId('comment-card').find((c) => c.getAttribute('aria-current') === 'true')?.getAttribute('data-comment-id');
    expect(active()).toBe('1');
    press('j');
    expect(active()).toBe('2');
    press('j');
    press('k');
    expect(active()).toBe('2');

    press('a');
    await waitFor(() => expect(cards()).toEqual([1, 3]));
    // The next card takes the place of the decided one.
    expect(active()).toBe('3');
    const approve = calls.find((c) => c.url.pathname === '/api/comments/2/decision');
    expect(JSON.parse(String(approve?.init?.body))).toEqual({ status: 'approved', expectedVersion: 1 });

    press('r');
    expect(screen.getByTestId('reason-picker')).toBeInTheDocument();
    press('3');
    await waitFor(() => expect(cards()).toEqual([1]));
    const reject = calls.find((c) => c.url.pathname === '/api/comments/3/decision');
    expect(JSON.parse(String(reject?.init?.body))).toEqual({ status: 'rejected', reason: 'spam', expectedVersion: 1 });
  });

  it('cancels a pending rejection with Esc and ignores shortcuts typed into the search box', async () => {
    const { calls } = setup(() => undefined);
    await waitFor(() => expect(cards()).toEqual([1, 2, 3]));
    press('r');
    expect(screen.getByTestId('reason-picker')).toBeInTheDocument();
    press('Escape');
    expect(screen.queryByTestId('reason-picker')).not.toBeInTheDocument();

    const search = screen.getByRole('searchbox', { name: 'Search' });
    press('/');
    expect(search).toHaveFocus();
    act(() => {
      fireEvent.keyDown(search, { key: 'a' });
    });
    expect(cards()).toEqual([1, 2, 3]);
    expect(calls.some((c) => c.url.pathname.endsWith('/decision'))).toBe(false);
  });

  it('selects with x and approves the selection with shift+a in one bulk request', async () => {
    const { calls } = setup((url) =>
      url.pathname === '/api/decisions/bulk'
        ? jsonResponse({ decided: [1, 3].map((id) => ({ comment: { ...queueItem(id), status: 'approved', version: 2 }, decision: {} })) })
        : undefined,
    );
    await waitFor(() => expect(cards()).toEqual([1, 2, 3]));
    press('x');
    press('j');
    press('j');
    press('x');
    press('A', { shiftKey: true });
    await waitFor(() => expect(cards()).toEqual([2]));
    const bulk = calls.find((c) => c.url.pathname === '/api/decisions/bulk');
    expect(JSON.parse(String(bulk?.init?.body))).toEqual({
      status: 'approved',
      items: [
        { commentId: 1, expectedVersion: 1 },
        { commentId: 3, expectedVersion: 1 },
      ],
    });
  });

  it('after a refused bulk decision shows the statuses the comments really have and keeps the rest selected', async () => {
    setup((url) =>
      url.pathname === '/api/decisions/bulk'
        ? jsonResponse(
            {
              error: {
                code: 'version_conflict',
                message: '1 of 2 comments changed',
                details: { conflicts: [{ commentId: 3, current: { ...queueItem(3), status: 'approved', version: 2 } }] },
              },
            },
            409,
          )
        : undefined,
    );
    await waitFor(() => expect(cards()).toEqual([1, 2, 3]));
    press('x');
    press('j');
    press('j');
    press('x');
    press('R', { shiftKey: true });
    press('3');
    expect(await screen.findByRole('alert')).toHaveTextContent('#3 is now approved');
    await waitFor(() => expect(cards()).toEqual([1, 2, 3]));
    const third = screen.getAllByTestId('comment-card')[2]!;
    expect(third).toHaveAttribute('data-status', 'approved');
    expect(third).toHaveTextContent('This comment is now approved');
    expect(screen.getAllByTestId('comment-card')[0]).toHaveAttribute('data-status', 'pending');
    // The one still pending stays selected for another try.
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    expect(within(screen.getAllByTestId('comment-card')[0]!).getByRole('checkbox')).toBeChecked();
  });

  it('gives a viewer no decision buttons, and decision keys only a hint', async () => {
    const { calls } = setup(() => undefined, '/', 'viewer');
    await waitFor(() => expect(cards()).toEqual([1, 2, 3]));
    await waitFor(() => expect(screen.getByTestId('read-only-hint')).toBeInTheDocument());
    const card = screen.getAllByTestId('comment-card')[0]!;
    expect(within(card).queryByRole('button', { name: /approve|reject|escalate/i })).toBeNull();
    expect(within(card).queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /undo/i })).toBeNull();
    press('a');
    press('r');
    expect(screen.queryByTestId('reason-picker')).toBeNull();
    expect((await screen.findAllByText(/Ask an admin for moderator access/)).length).toBeGreaterThan(0);
    // Moving around still works.
    press('j');
    expect(screen.getAllByTestId('comment-card')[1]).toHaveAttribute('aria-current', 'true');
    expect(cards()).toEqual([1, 2, 3]);
    expect(calls.some((c) => c.url.pathname.includes('decision'))).toBe(false);
  });

  it('opens and closes the shortcut sheet with ?', async () => {
    setup(() => undefined);
    await waitFor(() => expect(cards()).toEqual([1, 2, 3]));
    press('?', { shiftKey: true });
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    press('?', { shiftKey: true });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
