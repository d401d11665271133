import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '../../test/render';
import type { ApiKeyInfo } from '../../api/api-keys';
import { AdminPage } from './admin-page';
import { fakeAccountsApi } from './fake-accounts-api';

afterEach(() => vi.unstubAllGlobals());

const siteKey = (): ApiKeyInfo => ({
  id: 1,
  name: 'news site',
  prefix: 'sift_QwErTy1',
  createdAt: '2025-01-01T10:00:00.000Z',
  createdBy: 'boss',
  revokedAt: null,
  lastUsedAt: null,
});

const keyRow = (name: string) => within(screen.getByTestId('api-keys-table')).getByText(name).closest('tr')!;

describe('admin page: API keys', () => {
  it('revokes a key only after confirming, then shows it as revoked', async () => {
    const api = fakeAccountsApi({ keys: [siteKey()] });
    vi.stubGlobal('fetch', api.fn);
    renderAt('/', <AdminPage />);
    await screen.findByTestId('api-keys-table');
    expect(keyRow('news site')).toHaveTextContent('Active');
    expect(keyRow('news site')).toHaveTextContent('Never');

    // Cancel first: nothing is sent.
    await userEvent.click(screen.getByRole('button', { name: 'Revoke key news site' }));
    let dialog = screen.getByRole('dialog', { name: 'Revoke key news site?' });
    expect(within(dialog).getByText('sift_QwErTy1…')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('DELETE', '/api/keys/1')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Revoke key news site' }));
    dialog = screen.getByRole('dialog', { name: 'Revoke key news site?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke key' }));
    await waitFor(() => expect(keyRow('news site')).toHaveTextContent('Revoked'));
    expect(api.callsTo('DELETE', '/api/keys/1')).toHaveLength(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revoke key news site' })).not.toBeInTheDocument();
    expect(screen.getByText('Key news site revoked.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'API keys' })).toHaveFocus();
  });

  it('shows the server error in the dialog when revoking fails', async () => {
    const revoked = { ...siteKey(), revokedAt: null };
    const api = fakeAccountsApi({ keys: [revoked] });
    vi.stubGlobal('fetch', api.fn);
    renderAt('/', <AdminPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke key news site' }));
    // Someone else revoked it meanwhile: the server answers 404.
    api.keys[0]!.revokedAt = '2025-03-01T00:00:00.000Z';
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke key' }));
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toHaveTextContent('API key not found');
  });

  it('creates a key and shows it once, with a copy button', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const api = fakeAccountsApi();
    vi.stubGlobal('fetch', api.fn);
    renderAt('/', <AdminPage />);
    expect(await screen.findByText('No API keys yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create API key' }));
    const dialog = screen.getByRole('dialog', { name: 'Create API key' });
    await userEvent.type(within(dialog).getByLabelText('Name'), 'blog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create key' }));
    const key = await within(dialog).findByLabelText('New API key');
    expect(key).toHaveValue('sift_AbCdEfGsecretpart123');
    expect(within(dialog).getByText(/you won't see it again/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('sift_AbCdEfGsecretpart123');
    expect(within(dialog).getByText('Copied to the clipboard.')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(keyRow('blog')).toHaveTextContent('sift_AbCdEfG…'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(document.body.textContent).not.toContain('sift_AbCdEfGsecretpart123');
    expect([...document.querySelectorAll('input')].map((i) => i.value)).not.toContain('sift_AbCdEfGsecretpart123');
  });
});
