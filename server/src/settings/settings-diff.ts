import type { Settings } from '@sift/shared';

const MAX_LISTED = 50;

function listChange(before: readonly string[], after: readonly string[]) {
  const was = new Set(before);
  const now = new Set(after);
  return {
    added: after.filter((w) => !was.has(w)).slice(0, MAX_LISTED),
    removed: before.filter((w) => !now.has(w)).slice(0, MAX_LISTED),
  };
}

/** What changed between two settings, for the audit log (word lists as added/removed, capped). */
export function settingsChanges(before: Settings, after: Settings): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of ['moderationMode', 'holdPriorityThreshold', 'autoApproveBelow', 'autoRejectBanned'] as const) {
    if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
  }
  for (const key of ['bannedWords', 'suspectWords'] as const) {
    const change = listChange(before[key], after[key]);
    if (change.added.length || change.removed.length) changes[key] = change;
  }
  const overrides = listChange(Object.keys(before.sentimentOverrides), Object.keys(after.sentimentOverrides));
  const reweighted = Object.keys(after.sentimentOverrides).filter(
    (w) => w in before.sentimentOverrides && before.sentimentOverrides[w] !== after.sentimentOverrides[w],
  );
  if (overrides.added.length || overrides.removed.length || reweighted.length) {
    changes.sentimentOverrides = { ...overrides, changed: reweighted.slice(0, MAX_LISTED) };
  }
  return { changed: Object.keys(changes), ...changes };
}
