import type { ReactNode, RefObject } from 'react';

/**
 * A titled part of the admin page with its main action, which opens a dialog.
 * The heading can take focus, for when the button that opened a dialog is
 * gone once it closes.
 */
export function AdminSection(props: {
  headingId: string;
  title: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  actionLabel: string;
  onAction: () => void;
  children: ReactNode;
}) {
  return (
    <section className="admin-section" aria-labelledby={props.headingId}>
      <div className="section-header">
        <h2 id={props.headingId} ref={props.headingRef} tabIndex={-1}>
          {props.title}
        </h2>
        <button type="button" className="btn btn-primary" aria-haspopup="dialog" onClick={props.onAction}>
          {props.actionLabel}
        </button>
      </div>
      {props.children}
    </section>
  );
}
