/** Debian Chromium driven by playwright-core (never a downloaded browser); each launch gets a fresh profile. */
import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../../vitest.shared.ts';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}
