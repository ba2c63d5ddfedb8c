import type { ReleaseStore } from '../release-store.ts';
import { listSiteFiles, type ReleaseTarget, totalsOf } from './release-target.ts';

/**
 * The local folder SITE_ROOT (today's default, served by nginx on this machine): `releases/<id>/` and the `current`
 * symlink renamed atomically. The publisher always writes each release here first (it is also the source the
 * other targets upload from), so uploading to this target has nothing left to copy.
 */
export function createLocalFolderTarget(name: string, store: ReleaseStore): ReleaseTarget {
  return {
    name,
    kind: 'local',
    description: `${name} (thư mục ${store.root})`,
    atomicSwitch: true,
    async upload({ releaseId, onProgress, log }) {
      const files = await listSiteFiles(store.releaseDir(releaseId));
      const totals = totalsOf(files);
      onProgress({ ...totals, files: totals.totalFiles, bytes: totals.totalBytes });
      log(`Bản phát hành đã ở ${store.releaseDir(releaseId)} (${files.length} tệp).`);
    },
    async activate(releaseId, log) {
      if (releaseId === null) {
        await store.clearCurrent();
        log(`${name}: không còn bản nào đang công khai.`);
        return;
      }
      await store.switchCurrent(releaseId);
      log(`${name}: đã chuyển bản đang công khai sang bản ${releaseId}.`);
    },
    currentReleaseId: () => store.currentReleaseId(),
    listReleaseIds: () => store.listReleaseIds(),
    async prune(keep, log) {
      const removed = await store.prune(keep);
      if (removed.length > 0) log(`${name}: đã xóa ${removed.length} bản cũ.`);
    },
    close: async () => {},
  };
}
