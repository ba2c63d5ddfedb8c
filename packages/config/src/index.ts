export {
  type Config,
  ConfigError,
  configSchema,
  environmentSchema,
  type LogLevel,
  parseConfig,
  repoRoot,
  requireProductionSettings,
} from './config.schema.ts';
export {
  describeReleaseTarget,
  type LocalReleaseTarget,
  parseReleaseTargets,
  type ReleaseTargetConfig,
  type S3ReleaseTarget,
  type SshReleaseTarget,
} from './release-targets.schema.ts';
export {
  environmentForChild,
  loadServiceConfig,
  loadServiceConfigOrExit,
  loadSiteBuildConfig,
  maintainerName,
} from './load-config.ts';
