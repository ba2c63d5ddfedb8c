/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), and the WCAG 2.1 A/AA check
 * (axe-core) run on each screen. Shared by the end-to-end test and `pnpm docs:screenshots`.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../vitest.shared.ts';
import { englishWordsPattern, labelAttributes } from '../src/test/english-labels.ts';

export type { Browser, BrowserContext, Page };

export type ChromiumSession = { browser: Browser; close: () => Promise<void> };

/**
 * Chromium with the flags the project uses everywhere. Each launch() gets a fresh profile folder from
 * Playwright (it refuses a --user-data-dir argument and deletes its own folder on close).
 */
export async function launchChromium(): Promise<ChromiumSession> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  return {
    browser,
    close: () => browser.close().catch(() => undefined),
  };
}

/** A desktop page as department staff see it: 1280 x 800, Vietnamese locale, Vietnam time. */
export async function openDesktopPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return context.newPage();
}

/** A phone-sized page (390 x 844, touch): the public site as most citizens see it. */
export async function openPhonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return context.newPage();
}

/** WCAG 2.1 A and AA violations on what the page shows now, one readable line per rule and element. */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
  await waitForTransitions(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${n.target.join(' ')}`),
  );
}

/** Accessible names and placeholders on the screen that read as English (staff read Vietnamese only). */
export async function findEnglishLabels(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ pattern, attributes }) => {
      const english = new RegExp(pattern, 'i');
      const found: string[] = [];
      for (const element of document.querySelectorAll(attributes.map((a) => `[${a}]`).join(', '))) {
        for (const attribute of attributes) {
          const value = element.getAttribute(attribute);
          if (value && english.test(value))
            found.push(`${attribute}="${value}" on <${element.tagName.toLowerCase()}>`);
        }
      }
      return found;
    },
    { pattern: englishWordsPattern, attributes: labelAttributes },
  );
}

/**
 * Waits for finite CSS animations and transitions (a modal fading in, a menu opening) to end, so colours are
 * measured as the user finally sees them; endless ones (loaders) are ignored.
 */
export async function waitForTransitions(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
          ),
      undefined,
      { timeout: 3_000 },
    )
    .catch(() => undefined);
}
