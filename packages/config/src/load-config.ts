/**
 * The only module of the platform that reads process.env (Biome's noProcessEnv keeps it so). Everything else
 * receives a typed `Config`.
 */
import { userInfo } from 'node:os';
import { type Config, ConfigError, parseConfig, requireProductionSettings } from './config.schema.ts';

/**
 * The configuration of a process that touches the data (API, publish worker, CLIs, `pnpm start`). With
 * NODE_ENV=production it refuses to guess (ConfigError naming what is missing).
 */
export function loadServiceConfig(): Config {
  return requireProductionSettings(parseConfig(process.env));
}

/** The configuration of the public site's build steps (they inherit their environment from the publisher). */
export function loadSiteBuildConfig(): Config {
  return parseConfig(process.env);
}

/**
 * For a command-line entry point: the configuration, or the Vietnamese message on stderr and exit code 2 (so a
 * maintainer sees one clear sentence instead of a stack trace).
 */
export function loadServiceConfigOrExit(): Config {
  try {
    return loadServiceConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

/** The environment for a child process: this one's, with `overrides` on top (undefined removes a variable). */
export function environmentForChild(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/**
 * Who runs a maintainer command, for its audit entry: `--as <name>`, else the name the `khcn` wrapper passed
 * (the login user who typed it), else this process's user.
 */
export function maintainerName(config: Pick<Config, 'actorName'>, as?: string | undefined): string {
  const explicit = as?.trim();
  if (explicit) return explicit;
  if (config.actorName) return config.actorName;
  try {
    return userInfo().username;
  } catch {
    return 'không rõ';
  }
}
