import { fieldLabels } from '@khcn/domain';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { describe, mutate, query } from './support/api-client.ts';
import { createTestSession, createTestUser, ensureDivisions } from './support/factories.ts';
import { procedures } from './support/procedures.ts';
import { useTestApp } from './support/test-app.ts';

const t = useTestApp();
let userId: string;
beforeAll(async () => {
  await ensureDivisions(t.db.db, t.clock.now());
  const everyone = await createTestUser(t, { roles: ['editor', 'head', 'leader', 'clerk', 'admin'] });
  userId = everyone.id;
});

const knownKeys = Object.keys(fieldLabels);

/** Random JSON, and objects made of the field names our schemas use (to get past the first checks). */
const inputArbitrary = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom(...knownKeys), fc.jsonValue(), { maxKeys: 6 }),
  fc.dictionary(
    fc.constantFrom(...knownKeys),
    fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 3 }),
    ),
    { maxKeys: 8 },
  ),
);

let run = 0;
it.each(procedures)(
  '$path never answers 5xx to random input (signed in with every role)',
  async ({ path, type }) => {
    await fc.assert(
      fc.asyncProperty(inputArbitrary, async (input) => {
        run += 1;
        const options = { session: await createTestSession(t, userId), clientAddress: `fuzz-${run}` };
        const res =
          type === 'query' ? await query(t, path, input, options) : await mutate(t, path, input, options);
        expect(res.status, `${path} ${JSON.stringify(input)} -> ${describe(res)}`).toBeLessThan(500);
      }),
      { numRuns: 30 },
    );
  },
);
