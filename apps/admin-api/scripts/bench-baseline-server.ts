/**
 * The benchmark's baseline: a bare Hono route per benchmarked procedure that runs the very SQL the procedure
 * ran (captured by bench-api.ts) with `pg` and returns the rows as JSON. No tRPC, no session, no domain code.
 *
 *   node scripts/bench-baseline-server.ts <database-url> <port> <queries.json>
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pg from 'pg';

type CapturedQuery = { sql: string; parameters: unknown[] };

const [databaseUrl, port, queriesFile] = process.argv.slice(2);
if (!databaseUrl || !port || !queriesFile) {
  console.error('usage: bench-baseline-server.ts <database-url> <port> <queries.json>');
  process.exit(2);
}
const routes = JSON.parse(readFileSync(queriesFile, 'utf8')) as Record<string, CapturedQuery[]>;
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const app = new Hono();

for (const [name, queries] of Object.entries(routes)) {
  app.get(`/${name}`, async (c) => {
    const results: unknown[][] = [];
    for (const q of queries) results.push((await pool.query(q.sql, q.parameters)).rows);
    return c.json({ results });
  });
}

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(port) });
const stop = () => {
  server.close();
  void pool.end().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
