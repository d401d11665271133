import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { jsonResponse, mockFetch, renderAt } from '../../test/render';
import { describeSiteModel, SiteModelPanel } from './site-model-panel';
import type { SiteModelStats } from '../../api/site-model';

const stats: SiteModelStats = { decisions: 1234, agreement: 0.874, rulesAgreement: 0.712, active: true, watermark: 5000, unsaved: 0, updatedAt: '2024-05-01T10:00:00.000Z', minDecisions: 200 };

afterEach(() => vi.unstubAllGlobals());

describe('describeSiteModel', () => {
  it('states decisions, agreement against the rules, and whether the model is active', () => {
    expect(describeSiteModel(stats)).toBe('Learned from 1,234 decisions, agrees with moderators 87% of the time (rules alone: 71%) — active: it now helps set the queue priority.');
    expect(describeSiteModel({ ...stats, decisions: 50, active: false })).toBe(
      'Learned from 50 decisions, agrees with moderators 87% of the time (rules alone: 71%) — not yet active (needs ≥ 200 decisions and to beat the rules).',
    );
    expect(describeSiteModel({ ...stats, decisions: 0, active: false })).toMatch(/^Learned from 0 decisions yet — not yet active/);
  });
});

describe('SiteModelPanel', () => {
  it('shows the stats and lets an admin rebuild the model from the decision log', async () => {
    const mock = mockFetch((url, init) => {
      if (url.pathname === '/api/model') return jsonResponse({ ...stats, active: false, decisions: 150 });
      if (url.pathname === '/api/model/rebuild' && init?.method === 'POST') return jsonResponse(stats);
      return undefined;
    });
    vi.stubGlobal('fetch', mock.fn);
    renderAt('/', <SiteModelPanel canRebuild />);
    expect(await screen.findByTestId('site-model-summary')).toHaveTextContent('Learned from 150 decisions');
    expect(screen.getByTestId('site-model-summary')).toHaveTextContent('not yet active');
    fireEvent.click(screen.getByRole('button', { name: 'Rebuild from the decision log' }));
    await waitFor(() => expect(screen.getByTestId('site-model-summary')).toHaveTextContent('Learned from 1,234 decisions'));
    expect(screen.getByText('Rebuilt from the decision log.')).toHaveAttribute('role', 'status');
    expect(mock.calls.filter((c) => c.url.pathname === '/api/model/rebuild')).toHaveLength(1);
  });

  it('offers no rebuild to readers who may not run it', async () => {
    vi.stubGlobal('fetch', mockFetch((url) => (url.pathname === '/api/model' ? jsonResponse(stats) : undefined)).fn);
    renderAt('/', <SiteModelPanel canRebuild={false} />);
    expect(await screen.findByTestId('site-model-summary')).toHaveTextContent('active: it now helps set the queue priority');
    expect(screen.queryByRole('button', { name: /rebuild/i })).not.toBeInTheDocument();
  });
});
