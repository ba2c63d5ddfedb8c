/**
 * Form fields left empty are '' (text) or NaN/undefined (numbers); the domain's schemas expect the field
 * to be absent. Removes them recursively; blank lines of string lists go too.
 */
export function stripEmpty(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (Array.isArray(value)) return value.map(stripEmpty).filter((v) => v !== undefined);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const stripped = stripEmpty(v);
      if (stripped !== undefined) out[k] = stripped;
    }
    return out;
  }
  return value;
}

/** A form's values without their empty fields. */
export function stripEmptyFields(values: Record<string, unknown>): Record<string, unknown> {
  return stripEmpty(values) as Record<string, unknown>;
}
