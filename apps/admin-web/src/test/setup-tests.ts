import { vietnameseErrorMap } from '@khcn/domain';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { z } from 'zod';

// As in main.tsx: forms validate with the domain's schemas and Vietnamese messages.
z.config({ customError: vietnameseErrorMap });

// Mantine reads these browser APIs, which happy-dom lacks or stubs differently.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver ??= ResizeObserverStub;
window.HTMLElement.prototype.scrollIntoView ??= () => {};
// Autosizing textareas wait for web fonts.
if (!('fonts' in document) || !document.fonts) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.localStorage.clear();
});
