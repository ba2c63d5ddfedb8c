import { formatDateInput, formatMonthInput, parseDateInput, parseMonthInput } from '@khcn/domain';
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker, MonthPicker } from '@mantine/dates';
import { useEffect, useRef, useState } from 'react';

type Kind = 'date' | 'month';

export type DateFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue' | 'type'> & {
  label: string;
  /**
   * `date`: ISO "2024-03-01", typed "1/3/2024"; `month`: "2024-03", typed "3/2024". An empty string when
   * empty; what cannot be read is passed on as typed (the form's schema then refuses it).
   */
  kind?: Kind;
  value: string | undefined;
  onChange: (value: string) => void;
  /** The month the calendar opens on when the field is empty ("2024-11"). */
  openOn?: string;
};

const reader: Record<Kind, typeof parseDateInput> = { date: parseDateInput, month: parseMonthInput };
const writer: Record<Kind, (iso: string) => string> = { date: formatDateInput, month: formatMonthInput };
const isIso: Record<Kind, RegExp> = { date: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/ };
const example: Record<Kind, string> = {
  date: 'ngày/tháng/năm, ví dụ 05/12/2024',
  month: 'tháng/năm, ví dụ 11/2024',
};

/**
 * The one date (and month) input of the admin app: typed day first as Vietnamese staff write dates
 * ("1/3/2024" is 1 March 2024), or picked from a calendar. An impossible date ("31/02/2025", "12/31/2024")
 * is refused with a message naming the field, never rolled over, and nothing typed is cleared.
 */
export function DateField({
  label,
  kind = 'date',
  value,
  onChange,
  openOn,
  error,
  onBlur,
  readOnly,
  ...rest
}: DateFieldProps) {
  const shown = (v: string | undefined) => (v && isIso[kind].test(v) ? writer[kind](v) : (v ?? ''));
  const [text, setText] = useState(() => shown(value));
  const [problem, setProblem] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const lastEmitted = useRef(value);

  useEffect(() => {
    if (value === lastEmitted.current) return;
    lastEmitted.current = value;
    setText(value && isIso[kind].test(value) ? writer[kind](value) : (value ?? ''));
    setProblem(null);
  }, [value, kind]);

  const emit = (v: string) => {
    lastEmitted.current = v;
    onChange(v);
  };
  const handleText = (typed: string) => {
    setText(typed);
    if (typed.trim() === '') {
      setProblem(null);
      emit('');
      return;
    }
    const read = reader[kind](typed);
    if (read.ok) {
      setProblem(null);
      emit(read.value);
    } else emit(typed);
  };
  const picked = (iso: string | null) => {
    setOpened(false);
    if (!iso) return;
    const v = kind === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
    setText(writer[kind](v));
    setProblem(null);
    emit(v);
  };
  const calendarDate = value && isIso[kind].test(value) ? value : openOn;
  const pickerDate = calendarDate
    ? kind === 'month'
      ? `${calendarDate.slice(0, 7)}-01`
      : calendarDate
    : undefined;

  return (
    <TextInput
      {...rest}
      label={label}
      readOnly={readOnly}
      inputMode="numeric"
      autoComplete="off"
      placeholder={kind === 'date' ? 'ngày/tháng/năm' : 'tháng/năm'}
      description={rest.description ?? `Ghi ${example[kind]}`}
      value={text}
      onChange={(e) => handleText(e.currentTarget.value)}
      onBlur={(e) => {
        const read = text.trim() === '' ? null : reader[kind](text);
        setProblem(read && !read.ok ? `${label}: ${read.reason}` : null);
        if (read?.ok) setText(writer[kind](read.value));
        onBlur?.(e);
      }}
      error={problem ?? error}
      rightSection={
        readOnly ? null : (
          <Popover opened={opened} onChange={setOpened} position="bottom-end" withinPortal trapFocus>
            <Popover.Target>
              <ActionIcon
                variant="subtle"
                aria-label={`Chọn ${kind === 'date' ? 'ngày' : 'tháng'} trên lịch: ${label}`}
                onClick={() => setOpened((o) => !o)}
              >
                <span aria-hidden="true">▦</span>
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              {kind === 'date' ? (
                <DatePicker value={pickerDate ?? null} defaultDate={pickerDate} onChange={picked} />
              ) : (
                <MonthPicker value={pickerDate ?? null} defaultDate={pickerDate} onChange={picked} />
              )}
            </Popover.Dropdown>
          </Popover>
        )
      }
    />
  );
}
