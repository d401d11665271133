import { describe, expect, it } from 'vitest';
import { isTypingTarget, keyToAction } from './keyboard-map';

describe('keyToAction', () => {
  it('maps the moderation keys', () => {
    expect(keyToAction({ key: 'j' }, 'normal')).toEqual({ type: 'next' });
    expect(keyToAction({ key: 'k' }, 'normal')).toEqual({ type: 'previous' });
    expect(keyToAction({ key: 'a' }, 'normal')).toEqual({ type: 'approve' });
    expect(keyToAction({ key: 'r' }, 'normal')).toEqual({ type: 'reject' });
    expect(keyToAction({ key: 'e' }, 'normal')).toEqual({ type: 'escalate' });
    expect(keyToAction({ key: 'u' }, 'normal')).toEqual({ type: 'undo' });
    expect(keyToAction({ key: 'x' }, 'normal')).toEqual({ type: 'toggleSelect' });
    expect(keyToAction({ key: '/' }, 'normal')).toEqual({ type: 'focusSearch' });
    expect(keyToAction({ key: '?', shiftKey: true }, 'normal')).toEqual({ type: 'toggleHelp' });
  });

  it('maps shift+a and shift+r to the bulk actions', () => {
    expect(keyToAction({ key: 'A', shiftKey: true }, 'normal')).toEqual({ type: 'bulkApprove' });
    expect(keyToAction({ key: 'R', shiftKey: true }, 'normal')).toEqual({ type: 'bulkReject' });
    // Caps lock without shift is not a bulk action.
    expect(keyToAction({ key: 'A' }, 'normal')).toBeNull();
  });

  it('leaves browser and OS shortcuts alone', () => {
    expect(keyToAction({ key: 'r', ctrlKey: true }, 'normal')).toBeNull();
    expect(keyToAction({ key: 'a', metaKey: true }, 'normal')).toBeNull();
    expect(keyToAction({ key: 'j', altKey: true }, 'normal')).toBeNull();
    expect(keyToAction({ key: 'q' }, 'normal')).toBeNull();
  });

  it('takes digits 1–6 as reject reasons while a reason is awaited, and Esc cancels', () => {
    expect(keyToAction({ key: '1' }, 'reason')).toEqual({ type: 'reason', reason: 'abusive' });
    expect(keyToAction({ key: '2' }, 'reason')).toEqual({ type: 'reason', reason: 'hate' });
    expect(keyToAction({ key: '3' }, 'reason')).toEqual({ type: 'reason', reason: 'spam' });
    expect(keyToAction({ key: '4' }, 'reason')).toEqual({ type: 'reason', reason: 'off_topic' });
    expect(keyToAction({ key: '5' }, 'reason')).toEqual({ type: 'reason', reason: 'personal_data' });
    expect(keyToAction({ key: '6' }, 'reason')).toEqual({ type: 'reason', reason: 'other' });
    expect(keyToAction({ key: '7' }, 'reason')).toBeNull();
    expect(keyToAction({ key: 'Escape' }, 'reason')).toEqual({ type: 'cancel' });
    // While choosing a reason, other keys do nothing (no accidental approve).
    expect(keyToAction({ key: 'a' }, 'reason')).toBeNull();
    expect(keyToAction({ key: '1' }, 'normal')).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('is true for text fields and false for buttons and checkboxes', () => {
    const text = document.createElement('input');
    const search = Object.assign(document.createElement('input'), { type: 'search' });
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTypingTarget(text)).toBe(true);
    expect(isTypingTarget(search)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
