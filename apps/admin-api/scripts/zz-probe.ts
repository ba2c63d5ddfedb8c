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
const urls: Record<string, string> = {
  report:
    'http://127.0.0.1/trpc/reports.get?input=' + encodeURIComponent(JSON.stringify({ period: '2024-11' })),
  tasks:
    'http://127.0.0.1/trpc/records.list?input=' +
    encodeURIComponent(JSON.stringify({ kind: 'task', pageSize: 50 })),
  me: 'http://127.0.0.1/trpc/auth.me',
  health: 'http://127.0.0.1/healthz',
};
const which = process.argv[2] ?? 'report';
const url = urls[which]!;
for (let i = 0; i < 100; i++) await (await app.request(url, { headers: { cookie } })).text();
const n = Number(process.argv[3] ?? 500);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  const r = await app.request(url, { headers: { cookie } });
  await r.text();
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(
  `${which}: ${(ms / n).toFixed(2)} ms/req wall, ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms/req CPU (node)`,
);
await handle.close();
