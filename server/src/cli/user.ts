import os from 'node:os';
import { loadConfig } from '../config';
import { openStore } from '../store/open-store';
import { Accounts } from '../auth/accounts';
import { PASSWORD_MIN, roles } from '../auth/auth-schemas';
import type { Role } from '../store/store';

// npm run user -- add <name> <role> [--password x] | remove <name> | reset <name> | list
// Works on the database of SIFT_DB / DATABASE_URL, like the server.
const usage = 'usage: npm run user -- add <name> <admin|moderator|viewer> [--password <password>] | remove <name> | reset <name> | list';
const [command, ...rest] = process.argv.slice(2);
const passwordAt = rest.indexOf('--password');
const password = passwordAt >= 0 ? rest[passwordAt + 1] : undefined;
const args = passwordAt >= 0 ? rest.filter((_, i) => i !== passwordAt && i !== passwordAt + 1) : rest;
if (password !== undefined && [...password].length < PASSWORD_MIN) {
  console.error(`the password must be at least ${PASSWORD_MIN} characters`);
  process.exit(2);
}
if (passwordAt >= 0 && password === undefined) {
  console.error(usage);
  process.exit(2);
}

const store = await openStore(loadConfig());
const accounts = new Accounts(store);
// The audit log names who ran the command.
const actor = `cli:${os.userInfo().username}`;
let code = 0;
try {
  if (command === 'add' && args.length === 2 && roles.includes(args[1] as Role)) {
    const { user, password: oneTime } = await accounts.add(actor, { username: args[0] ?? '', role: args[1] as Role, password });
    console.log(`added ${user.username} (${user.role})`);
    if (oneTime) console.log(`one-time password (change it at first login): ${oneTime}`);
  } else if (command === 'remove' && args.length === 1) {
    await accounts.remove(actor, args[0] ?? '');
    console.log(`removed ${args[0]}`);
  } else if (command === 'reset' && args.length === 1) {
    const oneTime = await accounts.reset(actor, args[0] ?? '');
    console.log(`new one-time password for ${args[0]} (their sessions are ended): ${oneTime}`);
  } else if (command === 'list' && args.length === 0) {
    for (const u of await accounts.list()) {
      console.log([u.username.padEnd(24), u.role.padEnd(10), u.mustChangePassword ? 'must change password' : '', u.demo ? 'demo' : ''].join(' ').trimEnd());
    }
  } else {
    console.error(usage);
    code = 2;
  }
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
  code = 1;
} finally {
  await store.close();
}
process.exit(code);
