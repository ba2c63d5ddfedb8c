import type { AdminRouter } from '@khcn/admin-router';
import { type FieldError, uploadTooLargeMessage } from '@khcn/domain';
import type { inferRouterError } from '@trpc/server';

/**
 * The `data` every admin API error carries, inferred from the router's error formatter (packages/admin-router
 * src/trpc.ts). Partial: an upload's answer or a proxy's error page may carry less of it.
 */
export type ApiErrorData = Partial<inferRouterError<AdminRouter>['data']>;

const genericMessage = 'Đã có lỗi xảy ra; vui lòng thử lại.';
const networkMessage = 'Không kết nối được máy chủ; kiểm tra mạng rồi thử lại.';

/** Reads the error data of a tRPC client error (or anything shaped like one). */
export function readApiErrorData(error: unknown): ApiErrorData | null {
  if (typeof error !== 'object' || error === null) return null;
  const data = (error as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return null;
  return data as ApiErrorData;
}

/**
 * The HTTP status of a failed call: the API's error data, or the raw response when something in front of the
 * API answered (nginx's 413 page is HTML, not a tRPC error).
 */
export function httpStatusOf(error: unknown): number | undefined {
  const fromData = readApiErrorData(error)?.httpStatus;
  if (fromData !== undefined) return fromData;
  if (typeof error !== 'object' || error === null) return undefined;
  const response = (error as { meta?: { response?: { status?: unknown } } }).meta?.response;
  return typeof response?.status === 'number' ? response.status : undefined;
}

/** The Vietnamese message to show for an error. */
export function describeApiError(error: unknown): string {
  const data = readApiErrorData(error);
  if (data?.userMessage) return data.userMessage;
  if (httpStatusOf(error) === 413) return uploadTooLargeMessage;
  if (error instanceof TypeError) return networkMessage;
  return genericMessage;
}

/** True when the session is missing or expired: the user must sign in again. */
export function isSessionExpiredError(error: unknown): boolean {
  const data = readApiErrorData(error);
  return data?.code === 'UNAUTHORIZED' || data?.domainCode === 'UNAUTHENTICATED';
}

/** True for optimistic-concurrency conflicts (someone else saved first). */
export function isConflictError(error: unknown): boolean {
  const data = readApiErrorData(error);
  return data?.domainCode === 'CONFLICT';
}

export function fieldErrorsOf(error: unknown): FieldError[] {
  return readApiErrorData(error)?.fieldErrors ?? [];
}

/** 4xx errors are answers, not glitches: retrying them does not help. */
export function isRetryableError(error: unknown): boolean {
  const status = readApiErrorData(error)?.httpStatus;
  return status === undefined || status >= 500;
}

/** A form's submitting state from the mutation it submits to: busy while pending, the API's message after a failure. */
export function submitState(mutation: { isPending: boolean; error: unknown }): {
  isSubmitting: boolean;
  errorMessage: string | null;
} {
  return {
    isSubmitting: mutation.isPending,
    errorMessage: mutation.error ? describeApiError(mutation.error) : null,
  };
}
