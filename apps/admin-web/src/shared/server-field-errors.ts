import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { fieldErrorsOf } from '../app/api-error.ts';

/**
 * Puts the API's Vietnamese field errors (`fieldErrors[{path, message}]`) on the form's fields.
 * `prefix` strips a leading path segment when the form edits part of the input (e.g. `content.`).
 * Returns the messages no field of the form could take, for a summary alert.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  knownPaths: (path: string) => boolean,
  prefix = '',
): string[] {
  const unplaced: string[] = [];
  for (const fieldError of fieldErrorsOf(error)) {
    const path =
      prefix && fieldError.path.startsWith(prefix) ? fieldError.path.slice(prefix.length) : fieldError.path;
    if (path && knownPaths(path)) {
      setError(path as Path<T>, { type: 'server', message: fieldError.message });
    } else {
      unplaced.push(fieldError.message);
    }
  }
  return unplaced;
}
