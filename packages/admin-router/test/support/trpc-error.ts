import { type FieldError, isDomainError, toFieldErrors } from '@khcn/domain';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';

/** What the client would read from a failed call: the tRPC code and the error data the formatter sends. */
export type Rejection = {
  code: TRPCError['code'];
  domainCode: string | null;
  userMessage: string;
  fieldErrors: FieldError[];
  details: Record<string, unknown>;
};

/**
 * Awaits a call that must fail and returns what its error carries; fails the test, showing the result, when
 * the call succeeds.
 */
export async function rejectionOf(call: Promise<unknown>): Promise<Rejection> {
  let result: unknown;
  try {
    result = await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause;
    if (isDomainError(cause)) {
      return {
        code: error.code,
        domainCode: cause.code,
        userMessage: cause.userMessage,
        fieldErrors: cause.fieldErrors,
        details: cause.details,
      };
    }
    if (cause instanceof ZodError) {
      const fieldErrors = toFieldErrors(cause);
      return {
        code: error.code,
        domainCode: 'VALIDATION_FAILED',
        userMessage: fieldErrors.map((f) => f.message).join('; '),
        fieldErrors,
        details: {},
      };
    }
    return { code: error.code, domainCode: null, userMessage: error.message, fieldErrors: [], details: {} };
  }
  throw new Error(`Expected the call to fail, but it returned ${JSON.stringify(result)?.slice(0, 2000)}`);
}
