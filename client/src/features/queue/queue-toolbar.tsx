interface QueueToolbarProps {
  canDecide: boolean;
  selectedCount: number;
  canUndo: boolean;
  onApproveSelected: () => void;
  onRejectSelected: () => void;
  onClearSelection: () => void;
  onUndo: () => void;
  onHelp: () => void;
}

/** Selection actions, undo and the shortcut sheet; for viewers, a note that the queue is read-only. */
export function QueueToolbar(props: QueueToolbarProps) {
  return (
    <div className="queue-toolbar-actions">
      {!props.canDecide && (
        <p className="read-only-hint" data-testid="read-only-hint">
          Read only: your role can look at the queue but not decide.
        </p>
      )}
      {props.canDecide && props.selectedCount > 0 && (
        <span className="selection-actions" role="group" aria-label="Selection">
          <span>{props.selectedCount} selected</span>
          <button type="button" className="btn btn-small btn-approve" onClick={props.onApproveSelected}>
            Approve selected <kbd>⇧A</kbd>
          </button>
          <button type="button" className="btn btn-small btn-reject" onClick={props.onRejectSelected}>
            Reject selected… <kbd>⇧R</kbd>
          </button>
          <button type="button" className="btn btn-small btn-ghost" onClick={props.onClearSelection}>
            Clear selection
          </button>
        </span>
      )}
      {props.canDecide && (
        <button type="button" className="btn btn-small btn-ghost" onClick={props.onUndo} disabled={!props.canUndo}>
          Undo <kbd>u</kbd>
        </button>
      )}
      <button type="button" className="btn btn-small btn-ghost" onClick={props.onHelp} aria-haspopup="dialog">
        Shortcuts <kbd>?</kbd>
      </button>
    </div>
  );
}
