import type { RequestHandler, Router } from 'express';
import type { Settings } from '@sift/shared';
import type { Store } from '../store/store';
import type { Scorer } from '../scoring/types';
import type { Logger } from '../logger';
import type { IngestPolicy } from '../comments/ingest-policy';
import { createScorer, settingsHash } from '../scoring/pipeline';
import { QueueService } from '../queue/queue-service';
import { queueRouter } from '../queue/queue-router';
import { DecisionService } from './decision-service';
import { moderationRouter } from './moderation-router';
import { SettingsService } from '../settings/settings-service';
import { settingsRouter } from '../settings/settings-router';
import { settingsPolicy } from '../settings/settings-policy';
import { CurrentScorer } from '../settings/current-scorer';
import { RescoreJob } from '../settings/rescore-job';
import { defaultSettings, scoringSettingsOf } from '../settings/default-settings';
import { EventHub, type EventHubOptions } from '../events/event-hub';
import { eventsRouter } from '../events/events-router';

export interface Moderation {
  queue: QueueService;
  decisions: DecisionService;
  settings: SettingsService;
  rescore: RescoreJob;
  hub: EventHub;
  /** What ingest scores with: follows the settings' word lists; null when scoring is off. */
  scorer: Scorer | null;
  policy: IngestPolicy;
  /** Holds requests until the stored settings are loaded (first moments after start). */
  whenReady: RequestHandler;
  routers: Router[];
  close(): Promise<void>;
}

const SETTINGS_REFRESH_MS = 30_000;

/**
 * Builds the moderation workflow: queue, decisions, settings and rules,
 * rescore and live events. `baseScorer` is the scorer for the default word
 * lists (null: the app stores comments unscored); settings with other lists
 * get a scorer built from them.
 */
export function createModeration(deps: {
  store: Store;
  logger: Logger;
  baseScorer: Scorer | null;
  events?: EventHubOptions;
  /** Decorates every scorer built here (the site model's prediction: site-learning/learned-scorer.ts). */
  wrapScorer?: (scorer: Scorer) => Scorer;
}): Moderation {
  const { store, logger } = deps;
  const defaultHash = settingsHash(scoringSettingsOf(defaultSettings));
  const wrap = deps.wrapScorer ?? ((scorer: Scorer) => scorer);
  const scorerFor = (s: Settings): Scorer => {
    const scoring = scoringSettingsOf(s);
    return wrap(settingsHash(scoring) === defaultHash && deps.baseScorer ? deps.baseScorer : createScorer(scoring));
  };
  const current = new CurrentScorer(wrap(deps.baseScorer ?? createScorer()));
  const settings = new SettingsService(store, {
    scorerFor,
    onChange: (s) => current.replace(scorerFor(s)),
  });
  const decisions = new DecisionService(store);
  const queue = new QueueService(store);
  const rescore = new RescoreJob({ store, scorer: current, logger });
  const hub = new EventHub(store, logger, deps.events);
  // Another server process may change the settings; ingest here follows within this delay.
  const refresher = setInterval(() => {
    settings.refresh().catch((err: unknown) => logger.warn({ err }, 'could not refresh the settings'));
  }, SETTINGS_REFRESH_MS);
  refresher.unref();

  return {
    queue,
    decisions,
    settings,
    rescore,
    hub,
    scorer: deps.baseScorer ? current : null,
    policy: settingsPolicy(() => settings.current()),
    whenReady: (_req, _res, next) => {
      settings.ready.then(() => next(), next);
    },
    routers: [queueRouter({ queue }), moderationRouter({ decisions }), settingsRouter({ settings, rescore }), eventsRouter({ hub })],
    async close() {
      clearInterval(refresher);
      hub.close();
      await rescore.stop();
    },
  };
}
