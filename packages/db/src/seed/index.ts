/** `@khcn/db/seed`: the demo department's data and accounts, for `pnpm start`, `db:seed`, benchmarks and tests. */
export * from './demo-users.ts';
export * from './seed-database.ts';
export * from './load-approved-editions.ts';
