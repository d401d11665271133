import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '../../test/render';
import { AdminPage } from './admin-page';
import { fakeAccountsApi } from './fake-accounts-api';

afterEach(() => vi.unstubAllGlobals());

function secretOnPage(secret: string): boolean {
  const inText = document.body.textContent?.includes(secret) ?? false;
  const inInputs = [...document.querySelectorAll('input')].some((i) => i.value === secret);
  return inText || inInputs;
}

describe('admin page: users', () => {
  it('adds a user, shows the generated password once, and forgets it when the dialog closes', async () => {
    const api = fakeAccountsApi();
    vi.stubGlobal('fetch', api.fn);
    renderAt('/', <AdminPage />);
    const table = await screen.findByTestId('users-table');
    expect(within(table).getByText('boss')).toBeInTheDocument();

    const addButton = screen.getByRole('button', { name: 'Add user' });
    await userEvent.click(addButton);
    const dialog = screen.getByRole('dialog', { name: 'Add user' });
    await userEvent.type(within(dialog).getByLabelText('Username'), 'newbie');
    await userEvent.selectOptions(within(dialog).getByLabelText('Role'), 'moderator');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add user' }));

    const secret = await within(dialog).findByLabelText('One-time password for newbie');
    expect(secret).toHaveValue('Gen3rated-One-Time-Pw');
    expect(secret).toHaveAttribute('readonly');
    expect(within(dialog).getByText(/you won't see it again/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    // Focus moves to the password, so it is read out and ready to copy.
    await waitFor(() => expect(secret).toHaveFocus());
    // No password was typed, so none was sent: the server generated it.
    const posted = api.callsTo('POST', '/api/users');
    expect(posted).toHaveLength(1);
    expect(JSON.parse(String(posted[0]!.init?.body))).toEqual({ username: 'newbie', role: 'moderator' });
    // The table shows the new user behind the dialog.
    await waitFor(() => expect(within(screen.getByTestId('users-table')).getByText('newbie')).toBeInTheDocument());
    expect(within(screen.getByTestId('users-table')).getByText('newbie').closest('tr')).toHaveTextContent('Must change password');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(secretOnPage('Gen3rated-One-Time-Pw')).toBe(false);
    expect(addButton).toHaveFocus();

    // Opening the dialog again starts from an empty form: the password is gone for good.
    await userEvent.click(addButton);
    expect(screen.getByRole('dialog', { name: 'Add user' })).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveValue('');
    expect(secretOnPage('Gen3rated-One-Time-Pw')).toBe(false);
  });

  it('shows no password when the admin set one, and the server error when the name is taken', async () => {
    const api = fakeAccountsApi();
    vi.stubGlobal('fetch', api.fn);
    renderAt('/', <AdminPage />);
    await screen.findByTestId('users-table');
    await userEvent.click(screen.getByRole('button', { name: 'Add user' }));
    let dialog = screen.getByRole('dialog', { name: 'Add user' });
    await userEvent.type(within(dialog).getByLabelText('Username'), 'boss');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add user' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('user boss already exists');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add user' }));
    dialog = screen.getByRole('dialog', { name: 'Add user' });
    await userEvent.type(within(dialog).getByLabelText('Username'), 'vera');
    await userEvent.type(within(dialog).getByLabelText('Password (optional)'), 'a-long-password');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add user' }));
    expect(await within(dialog).findByText('They sign in with the password you set.')).toBeInTheDocument();
    expect(within(dialog).queryByTestId('one-time-secret')).not.toBeInTheDocument();
    expect(JSON.parse(String(api.callsTo('POST', '/api/users').at(-1)!.init?.body))).toEqual({ username: 'vera', role: 'viewer', password: 'a-long-password' });
  });

  it('can be used from the keyboard alone: open, fill, submit, close with Escape', async () => {
    vi.stubGlobal('fetch', fakeAccountsApi().fn);
    renderAt('/', <AdminPage />);
    await screen.findByTestId('users-table');
    screen.getByRole('button', { name: 'Add user' }).focus();
    await userEvent.keyboard('{Enter}');
    const username = screen.getByLabelText('Username');
    await waitFor(() => expect(username).toHaveFocus());
    await userEvent.keyboard('keyboarder{Enter}');
    const secret = await screen.findByLabelText('One-time password for keyboarder');
    await waitFor(() => expect(secret).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add user' })).toHaveFocus();
  });

  it('resets a password after confirming and shows the new one once', async () => {
    const api = fakeAccountsApi();
    vi.stubGlobal('fetch', api.fn);
    renderAt('/', <AdminPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Reset password of boss' }));
    const confirm = screen.getByRole('dialog', { name: 'Reset the password of boss?' });
    await waitFor(() => expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    expect(api.callsTo('POST', '/api/users/boss/reset')).toHaveLength(0);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Reset password' }));
    const shown = await screen.findByLabelText('One-time password for boss');
    expect(shown).toHaveValue('Fresh-Reset-Password-1');
    expect(api.callsTo('POST', '/api/users/boss/reset')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(secretOnPage('Fresh-Reset-Password-1')).toBe(false);
  });

  it('removes a user after confirming, and shows the server refusal as it said it', async () => {
    const api = fakeAccountsApi({
      users: [
        { username: 'boss', role: 'admin', mustChangePassword: false, demo: false, createdAt: '2025-01-01T10:00:00.000Z' },
        { username: 'old-mod', role: 'moderator', mustChangePassword: false, demo: false, createdAt: '2025-01-02T10:00:00.000Z' },
      ],
    });
    vi.stubGlobal('fetch', api.fn);
    renderAt('/', <AdminPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove old-mod' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Remove old-mod?' })).getByRole('button', { name: 'Remove user' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(screen.getByTestId('users-table')).queryByText('old-mod')).not.toBeInTheDocument();
    // The row (and its button) went away: focus lands on the section heading, not nowhere.
    expect(screen.getByRole('heading', { name: 'Users' })).toHaveFocus();
    expect(api.callsTo('DELETE', '/api/users/old-mod')).toHaveLength(1);
  });

  it('keeps the dialog open with the server message when a removal is refused', async () => {
    vi.stubGlobal('fetch', fakeAccountsApi({ refuseRemoval: 'the last admin cannot be removed' }).fn);
    renderAt('/', <AdminPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove boss' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove boss?' });
    expect(within(dialog).getByText('This is your own account.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove user' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('the last admin cannot be removed');
    expect(within(screen.getByTestId('users-table')).getByText('boss')).toBeInTheDocument();
  });
});

describe('admin page for others', () => {
  it('tells a moderator it is for admins only and asks the server for nothing', async () => {
    const api = fakeAccountsApi({ role: 'moderator' });
    vi.stubGlobal('fetch', api.fn);
    renderAt('/', <AdminPage />);
    expect(await screen.findByTestId('admins-only')).toHaveTextContent('Admins only');
    expect(screen.queryByRole('button', { name: 'Add user' })).not.toBeInTheDocument();
    expect(api.calls.map((c) => c.url.pathname)).toEqual(['/api/auth/me']);
  });
});
