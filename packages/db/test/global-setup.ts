import { setupTestTemplate } from '../src/testing/test-database.ts';

export default async function globalSetup() {
  return setupTestTemplate('db');
}
