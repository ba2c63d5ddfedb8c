import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeApiError } from '../../app/api-error.ts';
import { FormError } from './form-error.tsx';

type ConfirmActionProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What will happen, said before it happens. */
  children: ReactNode;
  confirmLabel: string;
  confirmColor?: string;
  onConfirm: () => void;
  isPending?: boolean;
  /** The failed attempt's error, shown above the buttons. */
  error?: unknown;
  disabled?: boolean;
  size?: string;
};

/** An action behind a confirmation that says what it does: cancel, or confirm (the API checks every rule again). */
export function ConfirmAction({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  confirmColor,
  onConfirm,
  isPending,
  error,
  disabled,
  size = 'lg',
}: ConfirmActionProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <Stack gap="sm">
        {children}
        <FormError message={error ? describeApiError(error) : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button color={confirmColor} loading={isPending} disabled={disabled} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
