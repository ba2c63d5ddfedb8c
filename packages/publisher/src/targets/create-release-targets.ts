import type { ReleaseTargetConfig } from '@khcn/config';
import type { ReleaseStore } from '../release-store.ts';
import { createLocalFolderTarget } from './local-folder-target.ts';
import type { ReleaseTarget } from './release-target.ts';
import { createS3Target } from './s3-target.ts';
import { createSshTarget } from './ssh-target.ts';

/** The release targets the configuration names, in its order (the local one over `store`, SITE_ROOT). */
export function createReleaseTargets(
  configs: readonly ReleaseTargetConfig[],
  store: ReleaseStore,
): ReleaseTarget[] {
  return configs.map((config) =>
    config.kind === 'local'
      ? createLocalFolderTarget(config.name, store)
      : config.kind === 'ssh'
        ? createSshTarget(config)
        : createS3Target(config),
  );
}
