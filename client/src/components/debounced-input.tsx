import { forwardRef, useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onCommit: (value: string) => void;
  delay?: number;
};

/** A text input that reports its value after the user pauses typing (or presses Enter). */
export const DebouncedInput = forwardRef<HTMLInputElement, Props>(function DebouncedInput(
  { value, onCommit, delay = 350, onKeyDown, ...rest },
  ref,
) {
  const [draft, setDraft] = useState(value);
  // Follow outside changes (back button, "clear filters").
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onCommit(draft), delay);
    return () => clearTimeout(timer);
  }, [draft, value, delay, onCommit]);
  return (
    <input
      {...rest}
      ref={ref}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onCommit(draft);
        if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
        onKeyDown?.(e);
      }}
    />
  );
});
