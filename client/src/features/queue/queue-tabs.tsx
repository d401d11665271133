import { useRef } from 'react';
import { QueueView, type QueueCounts } from '@sift/shared';
import { labelOf } from '../../lib/format';

export const queuePanelId = 'queue-panel';

/** The status tabs with their live counts. Arrow keys move between tabs (ARIA tabs pattern). */
export function QueueTabs({ view, counts, onSelect }: { view: QueueView; counts: QueueCounts | undefined; onSelect: (view: QueueView) => void }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const views = QueueView.options;
  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = (index + delta + views.length) % views.length;
    refs.current[next]?.focus();
    onSelect(views[next]!);
  };
  return (
    <div role="tablist" aria-label="Queue" className="tabs">
      {views.map((v, i) => {
        const count = counts?.byView[v];
        return (
          <button
            key={v}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${v}`}
            aria-selected={v === view}
            aria-controls={queuePanelId}
            tabIndex={v === view ? 0 : -1}
            className="tab"
            data-testid={`tab-${v}`}
            onClick={() => onSelect(v)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {labelOf(v)}
            <span className="tab-count" aria-label={count === undefined ? undefined : `${count} comments`}>
              {count === undefined ? '…' : count.toLocaleString()}
            </span>
          </button>
        );
      })}
    </div>
  );
}
