import { useId, useState } from 'react';
import { useFocusOnMount } from './use-focus-on-mount';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A secret the server answers only once (a generated password, a new API
 * key): read-only, selected and focused when shown, with a copy button and a
 * warning that it cannot be seen again.
 */
export function OneTimeSecret({ label, value, warning }: { label: string; value: string; warning: string }) {
  const inputId = useId();
  const warningId = useId();
  const input = useFocusOnMount<HTMLInputElement>(true);
  const [copy, setCopy] = useState<CopyState>('idle');

  const copyToClipboard = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopy('copied');
    } catch {
      // No clipboard access (insecure origin, denied): leave it selected for Ctrl+C.
      input.current?.focus();
      input.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className="one-time-secret">
      <p className="form-warning" id={warningId}>
        <strong>Shown once.</strong> {warning}
      </p>
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      <div className="secret-row">
        <input
          id={inputId}
          ref={input}
          className="secret-input"
          data-testid="one-time-secret"
          readOnly
          value={value}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={warningId}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="btn" onClick={() => void copyToClipboard()}>
          Copy
        </button>
      </div>
      <p role="status" className="copy-status">
        {copy === 'copied' ? 'Copied to the clipboard.' : copy === 'failed' ? 'Could not copy: the text is selected, press Ctrl+C.' : ''}
      </p>
    </div>
  );
}
