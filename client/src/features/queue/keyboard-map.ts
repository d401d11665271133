import { rejectReasons, type RejectReason } from '@sift/shared';

export type KeyAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'approve' }
  | { type: 'reject' }
  | { type: 'escalate' }
  | { type: 'undo' }
  | { type: 'toggleSelect' }
  | { type: 'bulkApprove' }
  | { type: 'bulkReject' }
  | { type: 'focusSearch' }
  | { type: 'toggleHelp' }
  | { type: 'reason'; reason: RejectReason }
  | { type: 'cancel' };

/** `normal`: moderating; `reason`: a rejection waits for its reason (digits 1–6). */
export type KeyMode = 'normal' | 'reason';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Shortcuts as listed in the help sheet; the same table drives `keyToAction`. */
export const shortcutList: { keys: string; description: string }[] = [
  { keys: 'j / k', description: 'Next / previous comment' },
  { keys: 'a', description: 'Approve' },
  { keys: 'r', description: 'Reject (then 1–6 for the reason, Esc cancels)' },
  { keys: 'e', description: 'Escalate' },
  { keys: 'u', description: 'Undo the last decision' },
  { keys: 'x', description: 'Select / unselect the comment' },
  { keys: 'Shift+A', description: 'Approve the selection' },
  { keys: 'Shift+R', description: 'Reject the selection (then 1–6)' },
  { keys: '/', description: 'Search' },
  { keys: '?', description: 'Show / hide this sheet' },
];

export const reasonKeys: { key: string; reason: RejectReason }[] = rejectReasons.map((reason, i) => ({
  key: String(i + 1),
  reason,
}));

export function reasonLabel(reason: RejectReason): string {
  return reason.replace(/_/g, ' ');
}

/** Pure mapping of one key press to a queue action; null means "not ours, let it through". */
export function keyToAction(input: KeyInput, mode: KeyMode): KeyAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (mode === 'reason') {
    if (input.key === 'Escape') return { type: 'cancel' };
    const reason = reasonKeys.find((r) => r.key === input.key);
    return reason ? { type: 'reason', reason: reason.reason } : null;
  }
  // Shift+letter arrives as the upper-case letter; `?` is Shift+/ on most layouts.
  switch (input.key) {
    case 'j':
      return { type: 'next' };
    case 'k':
      return { type: 'previous' };
    case 'a':
      return { type: 'approve' };
    case 'r':
      return { type: 'reject' };
    case 'e':
      return { type: 'escalate' };
    case 'u':
      return { type: 'undo' };
    case 'x':
      return { type: 'toggleSelect' };
    case 'A':
      return input.shiftKey ? { type: 'bulkApprove' } : null;
    case 'R':
      return input.shiftKey ? { type: 'bulkReject' } : null;
    case '/':
      return { type: 'focusSearch' };
    case '?':
      return { type: 'toggleHelp' };
    default:
      return null;
  }
}

/** True when the key press belongs to a form control the user is typing in. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (element as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
  }
  return element.isContentEditable === true;
}

/** Actions that change comments: off for roles that may only read the queue. */
export const decidingActions: ReadonlySet<KeyAction['type']> = new Set(['approve', 'reject', 'escalate', 'undo', 'toggleSelect', 'bulkApprove', 'bulkReject', 'reason']);
