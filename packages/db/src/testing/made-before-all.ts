import { afterAll, beforeAll } from 'vitest';

/**
 * A test file's shared fixture, made in `beforeAll` and disposed of in `afterAll`, declared at the top of the file:
 * `const t = madeBeforeAll(createTestDatabase, (d) => d.destroy(), 'The test database')`. What it returns stands in
 * for the fixture: reading a field (inside a test) reads the made fixture's; reading one before `beforeAll` ran is an
 * error that says so.
 */
export function madeBeforeAll<T extends object>(
  make: () => Promise<T>,
  dispose: (made: T) => Promise<void>,
  what: string,
): T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await make();
  });
  afterAll(async () => {
    if (current) await dispose(current);
  });
  const made = (): T => {
    if (!current) throw new Error(`${what} exists inside tests only (it is made in beforeAll).`);
    return current;
  };
  return new Proxy<T>(Object.create(null), {
    get: (_target, key) => {
      const fixture = made();
      const value: unknown = Reflect.get(fixture, key);
      return typeof value === 'function' ? value.bind(fixture) : value;
    },
    has: (_target, key) => Reflect.has(made(), key),
  });
}
