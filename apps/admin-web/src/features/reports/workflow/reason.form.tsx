import { Modal, Text, Textarea } from '@mantine/core';
import type { z } from 'zod';
import { FormShell } from '../../../shared/form/form-shell.tsx';
import { errorAt, useZodForm } from '../../../shared/form/use-zod-form.ts';

type ReasonFormProps = {
  /** The dialog the form opens in. */
  opened: boolean;
  title: string;
  /** What the action does, before the reason is asked. */
  intro?: string;
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

/** A confirmation that needs a written reason, in its dialog: return a report, open a correction. */
export function ReasonForm({
  opened,
  title,
  intro,
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
  // The domain schema of either text, seen as one text field named `field` (its messages name that field).
  const textSchema: z.ZodObject<Record<string, z.ZodString>> = schema;
  const form = useZodForm(textSchema, { defaultValues: { [field]: '' } });
  return (
    <Modal opened={opened} onClose={onCancel} title={title} size="lg">
      {intro ? (
        <Text size="sm" mb="sm">
          {intro}
        </Text>
      ) : null}
      <FormShell
        label={label}
        onSubmit={form.handleSubmit((v) => onSubmit(v[field] ?? ''))}
        error={errorMessage}
        submitLabel={submitLabel}
        submitColor={submitColor}
        onCancel={onCancel}
        isSubmitting={isSubmitting}
      >
        <Textarea
          label={label}
          description={description}
          withAsterisk
          autosize
          minRows={3}
          data-autofocus
          error={errorAt(form.formState.errors, field)}
          {...form.register(field)}
        />
      </FormShell>
    </Modal>
  );
}
