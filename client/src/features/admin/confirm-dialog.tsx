import type { ReactNode } from 'react';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/form-error';
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
      <FormError error={props.error} />
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

/** A dialog form's submit button, which says it is working and cannot be pressed twice meanwhile. */
export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <div className="form-actions dialog-actions">
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
