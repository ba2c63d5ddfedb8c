import type { DomainErrorCode } from '@khcn/domain';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

/** The one table from domain error codes to tRPC codes. Anything else is a logged 500. */
export const trpcCodeByDomainCode: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  VALIDATION_FAILED: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'PRECONDITION_FAILED',
  SELF_APPROVAL: 'FORBIDDEN',
  CONTENT_CHANGED: 'CONFLICT',
  REASON_REQUIRED: 'BAD_REQUEST',
  IMMUTABLE: 'PRECONDITION_FAILED',
  DUPLICATE: 'CONFLICT',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  EXPORT_NOT_READY: 'PRECONDITION_FAILED',
};
