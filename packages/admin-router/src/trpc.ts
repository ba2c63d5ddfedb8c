import {
  DomainError,
  type FieldError,
  isDomainError,
  labelForPath,
  toFieldErrors,
  vietnameseErrorMap,
} from '@khcn/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import type { AuthedContext } from './auth/authed-context.ts';
import type { Context, SessionActor } from './context.ts';
import { trpcCodeByDomainCode } from './error-map.ts';

/** What every error carries to the client: a Vietnamese message, field errors, the domain code. */
export type ErrorData = {
  userMessage: string;
  fieldErrors: FieldError[];
  domainCode: string | null;
  details: Record<string, unknown>;
};

/** Input schemas (zod) report in Vietnamese, naming the field, everywhere in this process. */
z.config({ customError: vietnameseErrorMap });

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    let data: ErrorData;
    if (isDomainError(cause)) {
      data = {
        userMessage: cause.userMessage,
        fieldErrors: cause.fieldErrors,
        domainCode: cause.code,
        details: cause.details,
      };
    } else if (cause instanceof ZodError) {
      const fieldErrors = toFieldErrors(cause);
      data = {
        userMessage: fieldErrors.map((f) => f.message).join('; '),
        fieldErrors,
        domainCode: 'VALIDATION_FAILED',
        details: {},
      };
    } else if (error.code === 'INTERNAL_SERVER_ERROR') {
      data = {
        userMessage: 'Đã có lỗi hệ thống; vui lòng thử lại sau.',
        fieldErrors: [],
        domainCode: null,
        details: {},
      };
    } else {
      data = { userMessage: 'Yêu cầu không hợp lệ.', fieldErrors: [], domainCode: null, details: {} };
    }
    return { ...shape, message: data.userMessage, data: { ...shape.data, stack: undefined, ...data } };
  },
});

/** Turns DomainErrors into tRPC errors by the one table, logs unknown failures with their cause. */
const errorMapping = t.middleware(async ({ ctx, next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (isDomainError(cause)) {
      throw new TRPCError({ code: trpcCodeByDomainCode[cause.code], message: cause.message, cause });
    }
    if (result.error.code === 'INTERNAL_SERVER_ERROR') {
      ctx.logger.error(
        { err: result.error.cause ?? result.error, path, requestId: ctx.requestId },
        'procedure failed',
      );
    }
  }
  return result;
});

/** Text PostgreSQL cannot store: U+0000, or a string that is not well-formed Unicode (a lone surrogate). */
function isStorableText(text: string): boolean {
  // With the u flag a surrogate pair is one code point, so only a lone surrogate matches \p{Surrogate}.
  return !text.includes('\u0000') && !/\p{Surrogate}/u.test(text);
}

/**
 * Where the input holds text PostgreSQL cannot store (as a path), if anywhere: U+0000 (text and jsonb refuse it)
 * or a lone surrogate (jsonb refuses "\ud800"; a text column would store it mangled).
 */
export function findUnstorableText(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (depth > 64 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    if (!isStorableText(key)) return [...path, key];
    const found = findUnstorableText(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses input with a NUL character or a lone surrogate as bad input (400) naming the field, before any
 * schema or use case sees it: never a database failure (500).
 */
const rejectUnstorableText = t.middleware(async ({ next, getRawInput }) => {
  let raw: unknown;
  try {
    raw = await getRawInput();
  } catch {
    // No readable input (a POST without a body to a procedure that takes none): nothing to check here;
    // a procedure with `.input()` reports the unreadable input itself, after its own checks.
    return next();
  }
  const path = findUnstorableText(raw);
  if (path) {
    const message = `${labelForPath(path)}: chứa ký tự không hợp lệ`;
    throw new DomainError(
      'VALIDATION_FAILED',
      `Unstorable text (NUL or lone surrogate) at ${path.join('.')}`,
      {
        userMessage: message,
        fieldErrors: [{ path: path.join('.'), message }],
      },
    );
  }
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(errorMapping).use(rejectUnstorableText);

/** A procedure that needs a signed-in user; `ctx.actor` is then non-null. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) {
    throw new DomainError('UNAUTHENTICATED', 'No session', {
      userMessage: 'Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.',
    });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor as SessionActor } });
});

/** A use case of a signed-in user: the context and the input its schema parsed. */
type UseCase<S extends z.ZodType, R> = (ctx: AuthedContext, input: z.output<S>) => Promise<R>;
/** tRPC types the parsed input through its own parser inference; for a zod schema it is the schema's output. */
const parsed = <S extends z.ZodType>(input: unknown) => input as z.output<S>;

/** A thin query: parse with `schema`, then run the use case (which authorises with the domain's rules). */
export function authedQuery<S extends z.ZodType, R>(schema: S, useCase: UseCase<S, R>) {
  return authedProcedure.input(schema).query(({ ctx, input }) => useCase(ctx, parsed<S>(input)));
}

/** A thin mutation: parse with `schema`, then run the use case (which authorises with the domain's rules). */
export function authedMutation<S extends z.ZodType, R>(schema: S, useCase: UseCase<S, R>) {
  return authedProcedure.input(schema).mutation(({ ctx, input }) => useCase(ctx, parsed<S>(input)));
}
