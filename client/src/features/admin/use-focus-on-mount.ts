import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Focuses an element once it is shown. Waits a frame because the Dialog
 * focuses its own panel on opening, after its children mounted.
 */
export function useFocusOnMount<T extends HTMLElement>(select = false): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      ref.current?.focus();
      if (select && ref.current instanceof HTMLInputElement) ref.current.select();
    });
    return () => cancelAnimationFrame(frame);
  }, [select]);
  return ref;
}

/**
 * A place to put focus on request, for when the control that opened a dialog
 * is gone once the dialog closes (a removed row, a revoked key's button).
 */
export function useFocusTarget<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    // Runs after the closing dialog gave focus back to its (now stale) opener.
    if (requests > 0) ref.current?.focus();
  }, [requests]);
  return [ref, () => setRequests((n) => n + 1)];
}
