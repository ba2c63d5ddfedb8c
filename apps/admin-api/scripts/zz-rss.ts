import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
const nodeOptions = process.argv[2] ?? '';
const api = spawn(process.execPath, ['src/main.ts'], {
  env: {
    PATH: process.env.PATH!,
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test_bench',
    PORT: '38222',
    NODE_ENV: 'production',
    SITE_ROOT: '/tmp/bsite',
    FILES_DIR: '/tmp/bfiles',
    NODE_OPTIONS: nodeOptions,
    MALLOC_ARENA_MAX: process.env.ARENA ?? '',
    LOG_LEVEL: 'info',
    PUBLISH_WORKER: process.argv[3] ?? '1',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const mem = (f: string) =>
  Number(new RegExp(`^${f}:\\s+(\\d+)`, 'm').exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))?.[1]) /
  1024;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch('http://127.0.0.1:38222/readyz')).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 200));
}
console.log('idle rss', mem('VmRSS').toFixed(0));
const res = await fetch('http://127.0.0.1:38222/trpc/auth.signIn', {
  method: 'POST',
  headers: { origin: 'http://127.0.0.1:38222', 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'lanhdao', password: 'KhcnDemo@2024' }),
});
const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
console.log('after sign-in rss', mem('VmRSS').toFixed(0), 'hwm', mem('VmHWM').toFixed(0));
const url =
  `http://127.0.0.1:38222/trpc/reports.get?input=` +
  encodeURIComponent(JSON.stringify({ period: '2024-11' }));
const cpuOf = () => {
  const f = readFileSync(`/proc/${api.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const c0 = cpuOf();
let peak = 0;
const t = setInterval(() => {
  peak = Math.max(peak, mem('VmRSS'));
}, 100);
const r = await autocannon({
  url,
  connections: 32,
  duration: Number(process.argv[4] ?? 8),
  headers: { cookie },
});
clearInterval(t);
console.log(
  nodeOptions,
  'cpu ms/req',
  ((cpuOf() - c0) / r.requests.total).toFixed(2),
  'req/s',
  r.requests.average.toFixed(0),
  'p99',
  r.latency.p99,
  'non2xx',
  r.non2xx,
  'rss',
  mem('VmRSS').toFixed(0),
  'peak',
  peak.toFixed(0),
  'hwm',
  mem('VmHWM').toFixed(0),
);
api.kill('SIGTERM');
