import { setupTestTemplate } from '@khcn/db/testing';

export default async function globalSetup() {
  return setupTestTemplate('publisher');
}
