import { createDb, DEMO_PASSWORD } from '@khcn/db';
import pino from 'pino';
import { createApp } from '../src/app.ts';
const handle = await createDb({ url: 'postgres://postgres@127.0.0.1:5432/test_bench' });
const app = createApp({
  db: handle.db,
  logger: pino({ level: 'info' }, pino.destination('/dev/null')),
  publishQueue: { enqueuePublish: async () => null },
  files: {
    put: async () => {
      throw new Error();
    },
    read: async () => {
      throw new Error();
    },
  },
});
const res = await app.request('http://127.0.0.1/trpc/auth.signIn', {
  method: 'POST',
  headers: { origin: 'http://127.0.0.1', 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'lanhdao', password: DEMO_PASSWORD }),
});
const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
const url =
  'http://127.0.0.1/trpc/reports.get?input=' + encodeURIComponent(JSON.stringify({ period: '2024-11' }));
const mb = (n: number) => Math.round(n / 1048576);
for (let round = 0; round < 5; round++) {
  // 32 concurrent loops of 40 requests
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      for (let i = 0; i < 40; i++) await (await app.request(url, { headers: { cookie } })).text();
    }),
  );
  const before = process.memoryUsage();
  globalThis.gc!();
  const after = process.memoryUsage();
  console.log(
    `round ${round}: rss ${mb(before.rss)} heapUsed ${mb(before.heapUsed)} heapTotal ${mb(before.heapTotal)} -> after gc heapUsed ${mb(after.heapUsed)} heapTotal ${mb(after.heapTotal)} external ${mb(after.external)} ab ${mb(after.arrayBuffers)}`,
  );
}
await handle.close();
