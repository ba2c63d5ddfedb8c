import {
  Checkbox,
  type CheckboxProps,
  MultiSelect,
  type MultiSelectProps,
  Select,
  type SelectProps,
  TagsInput,
  type TagsInputProps,
  TextInput,
  type TextInputProps,
} from '@mantine/core';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { DateField, type DateFieldProps } from '../date.input.tsx';

/** A field bound to a form by name; its error is the schema's message for that name. */
type Bound<T extends FieldValues> = { control: Control<T>; name: Path<T> };

/** A line of text. */
export function TextField<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T> & Omit<TextInputProps, 'value' | 'onChange' | 'error'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput {...props} {...field} error={fieldState.error?.message} />
      )}
    />
  );
}

/** A menu of one value; cleared, it holds null. */
export function SelectField<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T> & Omit<SelectProps, 'value' | 'onChange' | 'error'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          {...props}
          value={field.value ?? null}
          onChange={(v) => field.onChange(v ?? null)}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

/** A menu of several values. */
export function MultiSelectField<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T> & Omit<MultiSelectProps, 'value' | 'onChange' | 'error'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <MultiSelect
          {...props}
          value={field.value ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

/** Short codes typed one by one ("VT", "VPTr"). */
export function TagsField<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T> & Omit<TagsInputProps, 'value' | 'onChange' | 'error'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TagsInput
          {...props}
          value={field.value ?? []}
          onChange={field.onChange}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

/** A yes/no box. */
export function CheckboxField<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T> & Omit<CheckboxProps, 'checked' | 'onChange'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox
          {...props}
          checked={field.value === true}
          onChange={(e) => field.onChange(e.currentTarget.checked)}
        />
      )}
    />
  );
}

/** A date (or a month) typed the Vietnamese way or picked on a calendar. */
export function DateInputField<T extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T> & Omit<DateFieldProps, 'value' | 'onChange' | 'onBlur' | 'error'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          {...props}
          value={field.value || ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
