import { setupTestTemplate } from '@khcn/db';

export default async function globalSetup() {
  return setupTestTemplate('admin_api');
}
