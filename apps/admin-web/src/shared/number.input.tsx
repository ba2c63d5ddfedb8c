import { parseNumberInput, regroupNumberText } from '@khcn/domain';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export type NumberFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue' | 'type'> & {
  label: string;
  /** The number, undefined when empty, NaN while what is typed cannot be read. */
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  /** Show the whole part without thousands grouping (years, codes). */
  noGrouping?: boolean;
};

const countDigits = (text: string) => (text.match(/\d/g) ?? []).length;
const sameNumber = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && Number.isNaN(a) && Number.isNaN(b));

/** Where the caret goes after regrouping: after the same number of digits as before. */
function caretAfterDigits(text: string, digits: number): number {
  if (digits === 0) return 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\d/.test(text[i]!)) seen++;
    if (seen === digits) return i + 1;
  }
  return text.length;
}

/** A number as the field shows it: "12.200", "350,5". */
function shownNumber(n: number | undefined, noGrouping: boolean | undefined): string {
  if (n === undefined || Number.isNaN(n)) return '';
  const text = String(n).replace('.', ',');
  return noGrouping ? text : (regroupNumberText(text) ?? text);
}

/**
 * The one number input of the admin app, as Vietnamese staff type numbers: "12.200" is 12200, "350,5" is 350.5.
 * Digits typed in a row are grouped as they are typed ("12200" shows "12.200"); dots the user types are kept
 * until the number reads; pasting works the same. Text that cannot be read is never changed or dropped: it
 * stays as typed, the value becomes NaN (so the form cannot save it) and leaving the field shows why, naming it.
 */
export function NumberField({
  label,
  value,
  onChange,
  noGrouping,
  error,
  onBlur,
  ...rest
}: NumberFieldProps) {
  const [text, setText] = useState(() => shownNumber(value, noGrouping));
  const [problem, setProblem] = useState<string | null>(null);
  const [manualDots, setManualDots] = useState(false);
  const lastEmitted = useRef<number | undefined>(value);
  const input = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);

  // A value set from outside (a reset, a merge) replaces what is shown.
  useEffect(() => {
    if (sameNumber(value, lastEmitted.current)) return;
    lastEmitted.current = value;
    setText(shownNumber(value, noGrouping));
    setProblem(null);
  }, [value, noGrouping]);

  useLayoutEffect(() => {
    if (caret.current !== null && input.current && document.activeElement === input.current) {
      input.current.setSelectionRange(caret.current, caret.current);
    }
    caret.current = null;
  });

  const emit = (n: number | undefined) => {
    lastEmitted.current = n;
    onChange(n);
  };

  const handleChange = (typed: string, caretAt: number | null) => {
    const dotsBefore = (text.match(/\./g) ?? []).length;
    const dotsNow = (typed.match(/\./g) ?? []).length;
    // A dot the user types is theirs: no regrouping until the number reads. Digits typed into a grouped
    // number are regrouped from the digits.
    const userDot = dotsNow > dotsBefore;
    const manual = userDot || (manualDots && dotsNow > 0);
    let next = typed;
    const parsed = parseNumberInput(typed);
    if (!noGrouping && parsed.ok) next = regroupNumberText(typed) ?? typed;
    else if (!noGrouping && !manual && dotsNow > 0) {
      const stripped = typed.replace(/\./g, '');
      if (parseNumberInput(stripped).ok) next = regroupNumberText(stripped) ?? typed;
    }
    const reads = parseNumberInput(next);
    setManualDots(manual && !reads.ok);
    if (next !== typed && caretAt !== null)
      caret.current = caretAfterDigits(next, countDigits(typed.slice(0, caretAt)));
    setText(next);
    if (next.trim() === '') {
      setProblem(null);
      emit(undefined);
    } else if (reads.ok) {
      setProblem(null);
      emit(reads.value);
    } else emit(Number.NaN);
  };

  return (
    <TextInput
      {...rest}
      ref={input}
      label={label}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(e) => handleChange(e.currentTarget.value, e.currentTarget.selectionStart)}
      onBlur={(e) => {
        const reads = parseNumberInput(text);
        setProblem(text.trim() !== '' && !reads.ok ? `${label}: ${reads.reason}` : null);
        onBlur?.(e);
      }}
      error={problem ?? error}
    />
  );
}
