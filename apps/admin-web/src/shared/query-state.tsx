import { Alert, Button, Center, Loader, VisuallyHidden } from '@mantine/core';
import { describeApiError } from '../app/api-error.ts';

/** Loading and error states of a query, the same on every screen. */
export function QueryState({
  isLoading,
  error,
  onRetry,
}: {
  isLoading: boolean;
  error: unknown;
  onRetry?: () => void;
}) {
  if (isLoading) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        {/* A Loader is a bare span: aria-label is not allowed on it (axe aria-prohibited-attr). */}
        <Loader size="md" aria-hidden />
        <VisuallyHidden>Đang tải dữ liệu</VisuallyHidden>
      </Center>
    );
  }
  if (error) {
    return (
      <Alert color="red" variant="light" role="alert" title="Không tải được dữ liệu">
        {describeApiError(error)}
        {onRetry ? (
          <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
            Thử lại
          </Button>
        ) : null}
      </Alert>
    );
  }
  return null;
}
