import { useEffect, useRef } from 'react';
import type { RejectReason } from '@sift/shared';
import { reasonKeys, reasonLabel } from './keyboard-map';

/** The reasons a rejection needs, each with its digit shortcut. */
export function ReasonPicker({
  label,
  onPick,
  onCancel,
}: {
  label: string;
  onPick: (reason: RejectReason) => void;
  onCancel: () => void;
}) {
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    group.current?.querySelector('button')?.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={group} className="reason-picker" role="group" aria-label={label} data-testid="reason-picker">
      <span className="reason-picker-label">{label}:</span>
      {reasonKeys.map(({ key, reason }) => (
        <button key={reason} type="button" className="btn btn-small btn-reject" onClick={() => onPick(reason)} aria-keyshortcuts={key}>
          <kbd>{key}</kbd> {reasonLabel(reason)}
        </button>
      ))}
      <button type="button" className="btn btn-small btn-ghost" onClick={onCancel} aria-keyshortcuts="Escape">
        <kbd>Esc</kbd> Cancel
      </button>
    </div>
  );
}
