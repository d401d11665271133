import os from 'node:os';
import { loadConfig } from '../config';
import { openStore } from '../store/open-store';
import { runModelCommand } from '../site-learning/model-command';

// npm run model -- rebuild | reset | stats
// Works on the database of SIFT_DB / DATABASE_URL, like the server.
const store = await openStore(loadConfig());
let code = 1;
try {
  code = await runModelCommand(process.argv.slice(2), { store, actor: `cli:${os.userInfo().username}`, print: (line) => console.log(line) });
} catch (err) {
  console.error(`error: ${(err as Error).message}`);
} finally {
  await store.close();
}
process.exit(code);
