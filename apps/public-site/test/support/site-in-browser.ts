/** A built site served over HTTP and a Chromium to visit it, for one test file: started before, stopped after. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

export type SiteInBrowser = { readonly server: StaticServer; readonly browser: Browser };

/** `const site = useSiteInBrowser(inject('richSite'))`, then `site.browser` and `site.server.url` inside tests. */
export function useSiteInBrowser(root: string): SiteInBrowser {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(root);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value)
      throw new Error('The site and the browser exist inside tests only (they start in beforeAll).');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
