import { fileURLToPath } from 'node:url';

/** Where releases live when nothing else is configured: `<repo>/.data/site` (git-ignored). */
export function defaultSiteRoot(): string {
  return fileURLToPath(new URL('../../../.data/site', import.meta.url));
}

export const DEFAULT_KEEP_RELEASES = 5;
