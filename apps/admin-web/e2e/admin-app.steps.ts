/** What a user does in the admin app, in the words the screens use. Shared by the e2e test and the docs. */
import type { Locator, Page } from 'playwright-core';

export async function signIn(page: Page, adminUrl: string, username: string, password: string) {
  await page.goto(`${adminUrl}/sign-in`);
  await page.getByRole('heading', { name: 'Đăng nhập hệ thống quản trị' }).waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /Tài khoản:/ }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất', exact: true }).click();
  await page.getByRole('heading', { name: 'Đăng nhập hệ thống quản trị' }).waitFor();
}

/**
 * After a change in the section editor: waits until it says the server has the content ("Đã lưu lúc …" is
 * shown only when the saved content equals the form's) and the local draft kept meanwhile is gone.
 */
export async function waitForAutosave(page: Page, timeout = 20_000) {
  await page
    .getByRole('status')
    .filter({ hasText: /^Đã lưu lúc/ })
    .waitFor({ timeout });
  await page.waitForFunction(
    () => !Object.keys(localStorage).some((k) => k.startsWith('khcn-admin:draft:section:')),
    undefined,
    { timeout },
  );
}

/**
 * Chooses an option of a select as a keyboard user does: what was typed filtered the options, the arrow keys move to
 * the one named, Enter takes it. (A pointer click on an option can land on the list's sticky group heading while the
 * dropdown is still placing itself.)
 */
export async function chooseOption(page: Page, input: Locator, name: string) {
  const option = page.getByRole('option', { name });
  await option.waitFor();
  const count = await page.getByRole('option').count();
  for (let i = 0; i <= count && (await option.getAttribute('data-combobox-selected')) === null; i++)
    await input.press('ArrowDown');
  if ((await option.getAttribute('data-combobox-selected')) === null)
    throw new Error(`The arrow keys never reach the option "${name}"`);
  await input.press('Enter');
  await option.waitFor({ state: 'detached' });
}
