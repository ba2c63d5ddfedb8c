import { Button, Group, type MantineSpacing, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { FormError } from './form-error.tsx';

type FormShellProps = {
  /** The form's accessible name. */
  label: string;
  /** `form.handleSubmit(...)`. */
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Why the last attempt failed (the API's message). */
  error?: string | null | undefined;
  errorTitle?: string;
  children: ReactNode;
  /** Without one (read-only), there is no submit button. */
  submitLabel?: string | undefined;
  submitColor?: string | undefined;
  onCancel?: (() => void) | undefined;
  cancelLabel?: string;
  isSubmitting?: boolean | undefined;
  gap?: MantineSpacing;
  maw?: number;
};

/**
 * The frame every admin form shares: no browser validation (the domain's schema validates, in Vietnamese), the
 * failure's message first, the fields, then cancel and submit.
 */
export function FormShell({
  label,
  onSubmit,
  error,
  errorTitle,
  children,
  submitLabel,
  submitColor,
  onCancel,
  cancelLabel = 'Hủy',
  isSubmitting,
  gap = 'sm',
  maw,
}: FormShellProps) {
  return (
    <form noValidate aria-label={label} onSubmit={onSubmit}>
      <Stack gap={gap} maw={maw}>
        <FormError message={error} title={errorTitle} />
        {children}
        {submitLabel || onCancel ? (
          <Group justify="flex-end">
            {onCancel ? (
              <Button variant="default" onClick={onCancel}>
                {cancelLabel}
              </Button>
            ) : null}
            {submitLabel ? (
              <Button type="submit" color={submitColor} loading={isSubmitting}>
                {submitLabel}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

/** What a form in a dialog takes from its screen: what to do with the values, cancel, the submission's state. */
export type DialogFormProps<V> = {
  onSubmit: (values: V) => Promise<void> | void;
  onCancel: () => void;
  /** Why the last attempt failed (the API's message; see submitState). */
  errorMessage?: string | null;
  isSubmitting?: boolean;
};

/** FormShell's props for a dialog form: its label and buttons, the error, and submitting the values to the screen. */
export function dialogShell<V>(
  form: { handleSubmit: (onValid: (values: V) => unknown) => FormEventHandler<HTMLFormElement> },
  { onSubmit, onCancel, errorMessage, isSubmitting }: DialogFormProps<V>,
  label: string,
  submitLabel: string,
) {
  return {
    label,
    submitLabel,
    onSubmit: form.handleSubmit((values) => onSubmit(values)),
    onCancel,
    error: errorMessage,
    isSubmitting,
  };
}
