import { ErrorCode, Settings, type SettingsDocument, type SettingsPreview } from '@sift/shared';
import { ApiError } from '../http/api-error';
import type { Actor } from '../http/actor';
import type { Store } from '../store/store';
import type { StoredSettings } from '../store/moderation-store';
import type { Scorer } from '../scoring/types';
import { defaultSettings } from './default-settings';
import { initialDecision } from './settings-policy';
import { settingsChanges } from './settings-diff';

type SettingsDeps = Pick<Store, 'currentSettings' | 'saveSettings' | 'pendingForPreview' | 'countPending'>;

/** Preview re-scores at most this many pending comments (the most urgent). */
export const PREVIEW_CAP = 5000;
const EXAMPLES_PER_OUTCOME = 3;

/**
 * The moderation settings, cached in memory for ingest (which must not wait
 * on the database for every comment) and refreshed on every change and read.
 */
export class SettingsService {
  private doc: SettingsDocument = { settings: defaultSettings, version: 0, updatedAt: null, updatedBy: null };
  /** Resolves once the stored settings are loaded. */
  readonly ready: Promise<void>;

  constructor(
    private readonly store: SettingsDeps,
    private readonly hooks: { onChange: (settings: Settings) => void; scorerFor: (settings: Settings) => Scorer },
  ) {
    this.ready = this.refresh().then(() => undefined);
  }

  current(): Settings {
    return this.doc.settings;
  }

  /** Re-reads the stored settings (another process may have changed them). */
  async refresh(): Promise<SettingsDocument> {
    const stored = await this.store.currentSettings();
    if (stored && stored.version !== this.doc.version) this.adopt(stored);
    return this.doc;
  }

  async update(next: Settings, expectedVersion: number, actor: Actor): Promise<SettingsDocument> {
    const before = this.doc.version === expectedVersion ? this.doc.settings : (await this.refresh()).settings;
    const at = Date.now();
    const updatedBy = actor.kind === 'anonymous' ? null : actor.id;
    const saved = await this.store.saveSettings(
      { settings: next, expectedVersion, at, updatedBy },
      { at, actor: updatedBy, action: 'settings.updated', details: settingsChanges(before, next) },
    );
    if (!saved) {
      const current = await this.refresh();
      throw new ApiError(409, ErrorCode.conflict, `the settings changed since version ${expectedVersion}; they are now version ${current.version}`, {
        current,
      });
    }
    this.adopt(saved);
    return this.doc;
  }

  /** What the proposed settings would do to the pending comments, re-scored with the proposed word lists. */
  async preview(proposed: Settings): Promise<SettingsPreview> {
    const scorer = this.hooks.scorerFor(proposed);
    const [pending, pendingTotal] = await Promise.all([this.store.pendingForPreview(PREVIEW_CAP), this.store.countPending()]);
    const result: SettingsPreview = {
      pendingConsidered: pending.length,
      pendingTotal,
      capped: pendingTotal > pending.length,
      wouldReject: 0,
      wouldHold: 0,
      wouldApprove: 0,
      examples: [],
    };
    const shown = { reject: 0, hold: 0, approve: 0 };
    for (const c of pending) {
      const decision = initialDecision(proposed, scorer.score(c.body));
      if (!decision) continue;
      const outcome = decision.status === 'rejected' ? 'reject' : decision.status === 'approved' ? 'approve' : 'hold';
      if (outcome === 'reject') result.wouldReject++;
      else if (outcome === 'approve') result.wouldApprove++;
      else result.wouldHold++;
      if (shown[outcome]++ < EXAMPLES_PER_OUTCOME) result.examples.push({ commentId: c.id, body: c.body.slice(0, 500), outcome });
    }
    return result;
  }

  private adopt(stored: StoredSettings): void {
    // Settings saved by an older version may lack newer fields: defaults fill them.
    const parsed = Settings.safeParse({ ...defaultSettings, ...(stored.settings as object) });
    const settings = parsed.success ? parsed.data : defaultSettings;
    this.doc = {
      settings,
      version: stored.version,
      updatedAt: new Date(stored.updatedAt).toISOString(),
      updatedBy: stored.updatedBy,
    };
    this.hooks.onChange(settings);
  }
}
