import type { AuthStore } from '../store/store';
import type { Accounts } from './accounts';
import type { AuthService } from './auth-service';
import { PASSWORD_MIN } from './auth-schemas';

export const DEMO_USERS = [
  { username: 'demo-admin', role: 'admin' },
  { username: 'demo-moderator', role: 'moderator' },
  { username: 'demo-viewer', role: 'viewer' },
] as const;
export const DEMO_PASSWORD = 'demo';

/**
 * First start: with no users at all, creates `admin` with SIFT_ADMIN_PASSWORD
 * or a one-time password (to be changed at first login). Returns lines to
 * print on the console: the password is shown there once and never logged.
 */
export async function ensureAdmin(store: AuthStore, accounts: Accounts, adminPassword: string | undefined): Promise<string[]> {
  if ((await store.countUsers()) > 0) return [];
  if (adminPassword !== undefined && [...adminPassword].length < PASSWORD_MIN) {
    throw new Error(`SIFT_ADMIN_PASSWORD must be at least ${PASSWORD_MIN} characters`);
  }
  const { password } = await accounts.add('system', { username: 'admin', role: 'admin', password: adminPassword });
  if (password === undefined) return ['Created user "admin" with the password from SIFT_ADMIN_PASSWORD.'];
  return [
    'First start: created user "admin" with this one-time password (shown only now; change it at first login):',
    '',
    `    ${password}`,
    '',
    'Lost it? Run `npm run user -- reset admin`.',
  ];
}

/**
 * Demo accounts with the published password "demo", created only when the
 * demo data set was loaded into this database. They cannot log in when the
 * server runs without demo mode.
 */
export async function ensureDemoUsers(store: AuthStore, accounts: Accounts): Promise<string[]> {
  for (const u of DEMO_USERS) {
    if (await store.findUser(u.username)) continue;
    await accounts.add('system', { username: u.username, role: u.role, password: DEMO_PASSWORD, demo: true, mustChangePassword: false });
  }
  return [`Demo mode: sign in as ${DEMO_USERS.map((u) => u.username).join(', ')} with the password "${DEMO_PASSWORD}".`];
}

export async function hasDemoUsers(store: AuthStore): Promise<boolean> {
  const user = await store.findUser(DEMO_USERS[0].username);
  return user?.isDemo === true;
}

/**
 * Start-up accounts for index.ts. Demo mode is on when demo data was loaded
 * now, or earlier into this database (its demo accounts exist), and the
 * server was started in demo mode; a real database never gets demo accounts.
 */
export async function setUpAccounts(deps: {
  store: AuthStore;
  auth: AuthService;
  accounts: Accounts;
  demoRequested: boolean;
  demoLoaded: boolean;
  adminPassword: string | undefined;
  print: (line: string) => void;
}): Promise<void> {
  const lines = await ensureAdmin(deps.store, deps.accounts, deps.adminPassword);
  const demo = deps.demoRequested && (deps.demoLoaded || (await hasDemoUsers(deps.store)));
  deps.auth.demo = demo;
  if (demo) lines.push(...(await ensureDemoUsers(deps.store, deps.accounts)));
  if (lines.length === 0) return;
  const rule = '-'.repeat(72);
  for (const line of [rule, ...lines, rule]) deps.print(line);
}
