import { errorMessage } from '../../api/api-fetch';
import { useRebuildSiteModel, useSiteModel, type SiteModelStats } from '../../api/site-model';
import { formatDateTime } from '../../lib/format';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The sentence the settings page shows about the site's model. */
export function describeSiteModel(s: SiteModelStats): string {
  const learned = `Learned from ${s.decisions.toLocaleString('en')} decision${s.decisions === 1 ? '' : 's'}`;
  if (s.decisions === 0) return `${learned} yet — not yet active (needs ≥ ${s.minDecisions} decisions and to beat the rules).`;
  const agrees = `agrees with moderators ${pct(s.agreement)} of the time (rules alone: ${pct(s.rulesAgreement)})`;
  const state = s.active
    ? 'active: it now helps set the queue priority'
    : `not yet active (needs ≥ ${s.minDecisions} decisions and to beat the rules)`;
  return `${learned}, ${agrees} — ${state}.`;
}

/** Settings: what the model learned from this site's moderators, and (admins) a rebuild from the decision log. */
export function SiteModelPanel({ canRebuild }: { canRebuild: boolean }) {
  const model = useSiteModel();
  const rebuild = useRebuildSiteModel();
  return (
    <section className="card site-model-panel" aria-labelledby="site-model-heading" data-testid="site-model-panel">
      <h2 id="site-model-heading">What Sift has learned</h2>
      {model.isPending && <p className="muted">Loading the model…</p>}
      {model.isError && <p role="alert">Could not load the model: {errorMessage(model.error)}</p>}
      {model.data && (
        <>
          <p data-testid="site-model-summary">{describeSiteModel(model.data)}</p>
          {model.data.updatedAt && <p className="muted">Last updated {formatDateTime(model.data.updatedAt)}.</p>}
        </>
      )}
      {canRebuild && (
        <p>
          <button type="button" className="btn" disabled={rebuild.isPending} onClick={() => rebuild.mutate()}>
            {rebuild.isPending ? 'Rebuilding…' : 'Rebuild from the decision log'}
          </button>{' '}
          <span className="muted">Retrains from every moderator decision, in order. Takes a moment on a large site.</span>
        </p>
      )}
      {rebuild.isError && <p role="alert">Rebuild failed: {errorMessage(rebuild.error)}</p>}
      {rebuild.isSuccess && <p role="status">Rebuilt from the decision log.</p>}
    </section>
  );
}
