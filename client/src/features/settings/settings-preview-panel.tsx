import type { SettingsPreview } from '@sift/shared';

export function SettingsPreviewPanel({ preview }: { preview: SettingsPreview }) {
  return (
    <section className="card preview-panel" aria-labelledby="preview-heading" data-testid="settings-preview">
      <h2 id="preview-heading">What this change would do</h2>
      <p>
        Of {preview.pendingTotal.toLocaleString()} pending comments{preview.capped ? ` (the ${preview.pendingConsidered.toLocaleString()} highest-priority ones were checked)` : ''}:
      </p>
      <dl className="figures">
        <div className="figure">
          <dt>Would be rejected</dt>
          <dd>{preview.wouldReject.toLocaleString()}</dd>
        </div>
        <div className="figure">
          <dt>Would be held for a human</dt>
          <dd>{preview.wouldHold.toLocaleString()}</dd>
        </div>
        <div className="figure">
          <dt>Would be approved</dt>
          <dd>{preview.wouldApprove.toLocaleString()}</dd>
        </div>
      </dl>
      {preview.examples.length > 0 && (
        <>
          <h3>Examples</h3>
          <ul className="preview-examples">
            {preview.examples.slice(0, 10).map((e) => (
              <li key={e.commentId}>
                <span className={`badge badge-outcome-${e.outcome}`}>{e.outcome}</span> {e.body.length > 200 ? `${e.body.slice(0, 200)}…` : e.body}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
