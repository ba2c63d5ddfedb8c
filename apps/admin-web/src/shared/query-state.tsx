import { Alert, Button, Center, Loader, VisuallyHidden } from '@mantine/core';
import { describeApiError } from '../app/api-error.ts';

/** What QueryState reads of a query (a tRPC/TanStack query result fits). */
export type QueryLike<TData = unknown> = {
  isLoading: boolean;
  error: unknown;
  data: TData | undefined;
  refetch: () => unknown;
};

type QueryStateProps =
  | { isLoading: boolean; error: unknown; onRetry?: () => void }
  /** A query's loading and error states, with "Thử lại" refetching it. */
  | { query: QueryLike };

/** Loading and error states of a query, the same on every screen. */
export function QueryState(props: QueryStateProps) {
  const { isLoading, error, onRetry } =
    'query' in props
      ? { isLoading: props.query.isLoading, error: props.query.error, onRetry: () => props.query.refetch() }
      : props;
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
