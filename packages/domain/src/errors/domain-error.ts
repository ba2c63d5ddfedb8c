/** Closed set of error codes. Transport layers map these to their own status codes (one table). */
export const domainErrorCodes = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INVALID_TRANSITION',
  'SELF_APPROVAL',
  'CONTENT_CHANGED',
  'REASON_REQUIRED',
  'IMMUTABLE',
  'DUPLICATE',
  'RATE_LIMITED',
  'EXPORT_NOT_READY',
  /** A release target (an SSH host, an S3 store) did not answer or refused. */
  'TARGET_UNAVAILABLE',
] as const;
export type DomainErrorCode = (typeof domainErrorCodes)[number];

export type FieldError = {
  /** Dotted path of the offending field, e.g. `sections.3.title`. */
  path: string;
  /** Vietnamese message that names the field. */
  message: string;
};

export type DomainErrorOptions = {
  userMessage: string;
  cause?: unknown;
  fieldErrors?: FieldError[];
  details?: Record<string, unknown>;
};

/**
 * An expected failure of a business rule. `message` is internal (English, for logs);
 * `userMessage` is what a Vietnamese user reads.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly userMessage: string;
  readonly fieldErrors: FieldError[];
  readonly details: Record<string, unknown>;

  constructor(code: DomainErrorCode, message: string, options: DomainErrorOptions) {
    super(message, { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    this.userMessage = options.userMessage;
    this.fieldErrors = options.fieldErrors ?? [];
    this.details = options.details ?? {};
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
