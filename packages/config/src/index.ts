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
  environmentForChild,
  loadServiceConfig,
  loadServiceConfigOrExit,
  loadSiteBuildConfig,
  maintainerName,
} from './load-config.ts';
