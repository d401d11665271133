import type { ReactNode } from 'react';
import { errorMessage } from '../../api/api-fetch';
import { Dialog } from '../../components/dialog';
import { useFocusOnMount } from './use-focus-on-mount';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  /** The server's answer when the action failed, shown as it said it. */
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a destructive action; focus starts on Cancel, the safe choice. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const cancel = useFocusOnMount<HTMLButtonElement>();
  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <div className="confirm-body">{props.children}</div>
      {props.error != null && (
        <p role="alert" className="form-error">
          {errorMessage(props.error)}
        </p>
      )}
      <div className="form-actions dialog-actions">
        <button type="button" ref={cancel} className="btn" onClick={props.onClose}>
          Cancel
        </button>
        <button type="button" className="btn btn-danger" onClick={props.onConfirm} disabled={props.pending}>
          {props.pending ? 'Working…' : props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

/** The closing button of a dialog that has done its job. */
export function DoneButton({ onClose }: { onClose: () => void }) {
  return (
    <div className="form-actions dialog-actions">
      <button type="button" className="btn btn-primary" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
