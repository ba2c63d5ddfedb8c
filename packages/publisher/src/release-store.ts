import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { WorkDirError } from './publish-failure.ts';

/**
 * Releases on disk: `<root>/releases/<publication-id>/` holds a finished site; `<root>/current` is a symlink to
 * one of them, switched atomically (a new symlink renamed over the old one). Builds happen in
 * `<root>/work/<publication-id>-<pid>-<random>/`, named by the process that builds there.
 */
export type ReleaseStore = ReturnType<typeof createReleaseStore>;

/** Work folders without a process id in their name (older versions) count as abandoned after this long. */
const UNNAMED_WORK_DIR_AGE_MS = 60 * 60 * 1000;

/** Whether a process with this id is running on this machine (a permission error means it is). */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function createReleaseStore(root: string) {
  const releasesDir = join(root, 'releases');
  const workRoot = join(root, 'work');
  const currentLink = join(root, 'current');
  /** Work folders this store made that an attempt still uses. */
  const inUse = new Set<string>();

  return {
    root,
    releasesDir,
    currentLink,
    releaseDir: (id: string) => join(releasesDir, id),

    /** A fresh, empty work folder for one attempt, named by this process (so a crash's leftover is known). */
    async createWorkDir(id: string): Promise<string> {
      const dir = join(workRoot, `${id}-${process.pid}-${randomUUID().slice(0, 8)}`);
      inUse.add(dir);
      try {
        await mkdir(dir, { recursive: true });
      } catch (error) {
        inUse.delete(dir);
        throw new WorkDirError(dir, error);
      }
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

    /**
     * Removes the work folders no attempt uses any more: those of a process that has ended (a worker killed
     * mid-build, a crash), and unnamed ones older than an hour. A folder of a build running now, in this process
     * or in another (the CLI beside the worker), is kept.
     */
    async removeAbandonedWorkDirs(): Promise<string[]> {
      if (!existsSync(workRoot)) return [];
      const removed: string[] = [];
      for (const entry of await readdir(workRoot, { withFileTypes: true })) {
        const dir = join(workRoot, entry.name);
        if (inUse.has(dir)) continue;
        const pid = Number(/-(\d+)-[0-9a-f]{8}$/.exec(entry.name)?.[1]);
        const abandoned = pid
          ? pid === process.pid || !isProcessAlive(pid)
          : Date.now() - (await stat(dir)).mtimeMs > UNNAMED_WORK_DIR_AGE_MS;
        if (!abandoned) continue;
        await rm(dir, { recursive: true, force: true });
        removed.push(entry.name);
      }
      return removed;
    },

    /** Keeps the newest `keep` releases (and always the live one); removes the rest and abandoned work folders. */
    async prune(keep: number): Promise<string[]> {
      const current = await this.currentReleaseId();
      const ids = await this.listReleaseIds();
      const removed: string[] = [];
      for (const id of ids.slice(keep)) {
        if (id === current) continue;
        await rm(join(releasesDir, id), { recursive: true, force: true });
        removed.push(id);
      }
      await this.removeAbandonedWorkDirs();
      return removed;
    },

    async removeWorkDir(dir: string): Promise<void> {
      await rm(dir, { recursive: true, force: true });
      inUse.delete(dir);
    },
  };
}
