import { useEffect, useRef } from 'react';
import { isTypingTarget, keyToAction, type KeyAction, type KeyMode } from './keyboard-map';

/**
 * Listens for queue shortcuts on the document. Keys typed into inputs are
 * ignored, and a dialog (other than the shortcut sheet, which handles `?`
 * itself) suspends shortcuts via `enabled`.
 */
export function useQueueKeyboard(mode: KeyMode, onAction: (action: KeyAction) => void, enabled = true) {
  const latest = useRef({ mode, onAction });
  useEffect(() => {
    latest.current = { mode, onAction };
  });

  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      const action = keyToAction(event, latest.current.mode);
      if (!action) return;
      event.preventDefault();
      latest.current.onAction(action);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}
