import { Alert } from '@mantine/core';

/** Why a form or an action did not go through: the API's Vietnamese message, announced to screen readers. */
export function FormError({ message, title }: { message: string | null | undefined; title?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {message}
    </Alert>
  );
}
