import { defineConfig } from 'vitest/config';
import { databaseTestConfig } from '../../vitest.shared.ts';

export default defineConfig({ test: databaseTestConfig({ testTimeout: 60_000 }) });
