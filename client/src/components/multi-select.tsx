import { useEffect, useId, useRef } from 'react';

interface MultiSelectProps<T extends string> {
  label: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  optionLabel: (option: T) => string;
  /** Shown when nothing is chosen. */
  anyLabel?: string;
  testId?: string;
}

/**
 * A drop-down of checkboxes: several values, one compact control. Built on
 * <details> so it opens with Enter/Space and needs no ARIA widget code.
 */
export function MultiSelect<T extends string>(props: MultiSelectProps<T>) {
  const { value, options } = props;
  const ref = useRef<HTMLDetailsElement>(null);
  const labelId = useId();
  const summary = value.length === 0 ? (props.anyLabel ?? 'Any') : value.length <= 2 ? value.map(props.optionLabel).join(', ') : `${value.length} chosen`;

  // Closes when a click or focus lands outside, or on Escape.
  useEffect(() => {
    const close = (event: Event) => {
      if (ref.current?.open && !ref.current.contains(event.target as Node)) ref.current.open = false;
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('focusin', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('focusin', close);
    };
  }, []);

  const toggle = (option: T, on: boolean) => {
    const next = on ? [...value, option] : value.filter((v) => v !== option);
    // Keep the options' order, so the URL does not depend on the click order.
    props.onChange(options.filter((o) => next.includes(o)));
  };

  return (
    <div className="field">
      <span id={labelId} className="field-label">
        {props.label}
      </span>
      <details
        ref={ref}
        className="multi-select"
        data-testid={props.testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && ref.current?.open) {
            e.stopPropagation();
            ref.current.open = false;
            ref.current.querySelector('summary')?.focus();
          }
        }}
      >
        <summary aria-labelledby={`${labelId} ${labelId}-value`}>
          <span id={`${labelId}-value`}>{summary}</span>
        </summary>
        <fieldset className="multi-select-panel">
          <legend className="visually-hidden">{props.label}</legend>
          {options.map((option) => (
            <label key={option} className="checkbox-row">
              <input type="checkbox" value={option} checked={value.includes(option)} onChange={(e) => toggle(option, e.target.checked)} />
              {props.optionLabel(option)}
            </label>
          ))}
          {value.length > 0 && (
            <button type="button" className="btn btn-small btn-ghost" onClick={() => props.onChange([])}>
              Any
            </button>
          )}
        </fieldset>
      </details>
    </div>
  );
}
