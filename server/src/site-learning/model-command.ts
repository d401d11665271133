import { ModelTrainer, type ModelStats } from './model-trainer';
import type { SiteModelStore } from './site-model-store';
import type { AuditEventStore } from '../store/moderation-store';

export const MODEL_USAGE = 'usage: npm run model -- rebuild | reset | stats';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** One line per figure, as the CLI prints them. */
export function describeStats(s: ModelStats): string[] {
  return [
    `decisions learned: ${s.decisions} (watermark: decision #${s.watermark})`,
    `agrees with moderators: ${pct(s.agreement)} of recent decisions (rules alone: ${pct(s.rulesAgreement)})`,
    `active: ${s.active ? 'yes' : `no (needs at least ${s.minDecisions} decisions and to beat the rules)`}`,
    `updated: ${s.updatedAt ?? 'never'}`,
  ];
}

/**
 * `npm run model -- rebuild|reset|stats` on the database of SIFT_DB /
 * DATABASE_URL. Running servers pick the new model up at their next poll
 * (the stored revision moves). Returns the process exit code.
 */
export async function runModelCommand(
  args: string[],
  deps: { store: SiteModelStore & AuditEventStore; actor: string; print: (line: string) => void },
): Promise<number> {
  const [command, ...rest] = args;
  if (rest.length > 0 || !command || !['rebuild', 'reset', 'stats'].includes(command)) {
    deps.print(MODEL_USAGE);
    return 2;
  }
  const trainer = new ModelTrainer(deps.store);
  if (command === 'rebuild') {
    await trainer.rebuild();
    await deps.store.appendAuditEvent({ at: Date.now(), actor: deps.actor, action: 'model.rebuilt', details: { decisions: trainer.stats().decisions, watermark: trainer.stats().watermark } });
    deps.print('rebuilt the site model from the decision log');
  } else if (command === 'reset') {
    await trainer.reset();
    await deps.store.appendAuditEvent({ at: Date.now(), actor: deps.actor, action: 'model.reset', details: { watermark: trainer.stats().watermark } });
    deps.print('reset the site model: it learns from the next decision on');
  } else {
    await trainer.refresh();
  }
  for (const line of describeStats(trainer.stats())) deps.print(line);
  return 0;
}
