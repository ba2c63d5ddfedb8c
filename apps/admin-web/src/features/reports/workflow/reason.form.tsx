import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';

type ReasonFormProps = {
  /** The domain schema of the text: `reasonSchema` (return) or `changeNoteSchema` (correction). */
  schema: z.ZodObject<{ reason: z.ZodString }> | z.ZodObject<{ changeNote: z.ZodString }>;
  field: 'reason' | 'changeNote';
  label: string;
  description: string;
  submitLabel: string;
  submitColor?: string;
  onSubmit: (text: string) => Promise<void> | void;
  onCancel: () => void;
  errorMessage?: string | null;
  isSubmitting?: boolean;
};

/** A confirmation that needs a written reason: return a report, open a correction. */
export function ReasonForm({
  schema,
  field,
  label,
  description,
  submitLabel,
  submitColor,
  onSubmit,
  onCancel,
  errorMessage,
  isSubmitting,
}: ReasonFormProps) {
  const form = useForm<Record<string, string>>({
    resolver: zodResolver(schema as z.ZodObject<Record<string, z.ZodString>>),
    defaultValues: { [field]: '' },
  });
  const error = form.formState.errors[field]?.message;
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => onSubmit(v[field] ?? ''))}>
      <Stack gap="sm">
        {errorMessage ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage}
          </Alert>
        ) : null}
        <Textarea
          label={label}
          description={description}
          withAsterisk
          autosize
          minRows={3}
          data-autofocus
          error={typeof error === 'string' ? error : undefined}
          {...form.register(field)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Hủy
          </Button>
          <Button type="submit" color={submitColor} loading={isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
