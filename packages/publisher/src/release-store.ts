import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * Releases on disk: `<root>/releases/<publication-id>/` holds a finished site; `<root>/current` is a symlink to
 * one of them, switched atomically (a new symlink renamed over the old one). Builds happen in `<root>/work/`.
 */
export type ReleaseStore = ReturnType<typeof createReleaseStore>;

export function createReleaseStore(root: string) {
  const releasesDir = join(root, 'releases');
  const workRoot = join(root, 'work');
  const currentLink = join(root, 'current');

  return {
    root,
    releasesDir,
    currentLink,
    releaseDir: (id: string) => join(releasesDir, id),

    /** A fresh, empty work folder for one attempt. */
    async createWorkDir(id: string): Promise<string> {
      const dir = join(workRoot, `${id}-${randomUUID().slice(0, 8)}`);
      await mkdir(dir, { recursive: true });
      return dir;
    },

    /** Moves a checked build into `releases/<id>` (replacing a leftover of an earlier attempt). */
    async commitRelease(id: string, builtDir: string): Promise<string> {
      await mkdir(releasesDir, { recursive: true });
      const target = join(releasesDir, id);
      if (existsSync(target)) {
        if ((await this.currentReleaseId()) === id)
          throw new Error(`Release ${id} is live; refusing to replace it`);
        await rm(target, { recursive: true, force: true });
      }
      await rename(builtDir, target);
      return target;
    },

    /** Points `current` at `releases/<id>` atomically: readers see the old or the new site, never a mix. */
    async switchCurrent(id: string): Promise<void> {
      const target = join(releasesDir, id);
      if (!(await stat(target)).isDirectory()) throw new Error(`No release ${id}`);
      const temp = join(root, `.current-${randomUUID().slice(0, 8)}`);
      await symlink(join('releases', id), temp, 'dir');
      await rename(temp, currentLink);
    },

    /** No live release (undoing the first switch of a publication that failed elsewhere). */
    async clearCurrent(): Promise<void> {
      await rm(currentLink, { force: true });
    },

    async currentReleaseId(): Promise<string | null> {
      try {
        return basename(await readlink(currentLink));
      } catch {
        return null;
      }
    },

    async listReleaseIds(): Promise<string[]> {
      if (!existsSync(releasesDir)) return [];
      const entries = await readdir(releasesDir, { withFileTypes: true });
      const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
      const withTimes = await Promise.all(
        dirs.map(async (d) => ({ d, t: (await stat(join(releasesDir, d))).mtimeMs })),
      );
      return withTimes.sort((a, b) => b.t - a.t).map((x) => x.d);
    },

    /** Keeps the newest `keep` releases (and always the live one); removes the rest and stale work folders. */
    async prune(keep: number): Promise<string[]> {
      const current = await this.currentReleaseId();
      const ids = await this.listReleaseIds();
      const removed: string[] = [];
      for (const id of ids.slice(keep)) {
        if (id === current) continue;
        await rm(join(releasesDir, id), { recursive: true, force: true });
        removed.push(id);
      }
      return removed;
    },

    async removeWorkDir(dir: string): Promise<void> {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
