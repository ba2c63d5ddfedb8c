import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError as DomainFieldError } from '@khcn/domain';
import { useEffect } from 'react';
import {
  type FieldErrors,
  type FieldPath,
  type FieldValues,
  get,
  type Resolver,
  type UseFormProps,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';

type ZodForm<S extends z.ZodType> = UseFormReturn<z.input<S> & FieldValues, unknown, z.output<S>>;

export type ZodFormOptions<S extends z.ZodType> = Omit<
  UseFormProps<z.input<S> & FieldValues, unknown, z.output<S>>,
  'resolver'
> & {
  /** Turns what the fields hold into the schema's input (empty fields left out, an id made from a name). */
  prepare?: (values: z.input<S> & FieldValues) => unknown;
  /** The API's field errors, paths relative to the form's values: shown on their fields. */
  serverErrors?: readonly DomainFieldError[] | undefined;
};

/**
 * A form validated by a domain schema, exactly as the API validates its input: the fields hold the schema's input,
 * a submit receives its output, and every message is the domain's Vietnamese one naming the field.
 */
export function useZodForm<S extends z.ZodType>(schema: S, options: ZodFormOptions<S>): ZodForm<S> {
  const { prepare, serverErrors, ...formOptions } = options;
  const validate = zodResolver(schema as z.ZodType<z.output<S>, z.input<S> & FieldValues>) as Resolver<
    z.input<S> & FieldValues,
    unknown,
    z.output<S>
  >;
  const resolver: typeof validate = prepare
    ? (values, context, resolverOptions) =>
        validate(prepare(values) as z.input<S> & FieldValues, context, resolverOptions)
    : validate;
  const form = useForm<z.input<S> & FieldValues, unknown, z.output<S>>({ ...formOptions, resolver });
  // Keyed by content, not identity: callers may derive the list afresh on every render.
  const serverErrorsKey = JSON.stringify(serverErrors ?? []);
  useEffect(() => {
    const errors: DomainFieldError[] = JSON.parse(serverErrorsKey);
    for (const e of errors)
      form.setError(e.path as FieldPath<z.input<S> & FieldValues>, { type: 'server', message: e.message });
  }, [serverErrorsKey, form]);
  return form;
}

/** The message of the field at `path` (a dotted path into the values), if it has one. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const error: unknown = get(errors, path);
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  return typeof error.message === 'string' ? error.message : undefined;
}
