import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, requireProductionSettings } from './config.schema.ts';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://khcn:secret@127.0.0.1:5432/khcn',
  FILES_DIR: '/srv/khcn/files',
  SITE_ROOT: '/srv/khcn/site',
};

describe('parseConfig', () => {
  it('has working defaults for a laptop', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      port: 3000,
      sitePort: 4321,
      host: '127.0.0.1',
      databaseUrl: undefined,
      allowedOrigins: [],
      trustProxy: false,
      logLevel: 'info',
      publishWorker: true,
      documentsPdf: true,
      keepReleases: 5,
      isProduction: false,
    });
    expect(config.pgliteDir).toMatch(/\.data\/pglite$/);
    expect(config.filesDir).toMatch(/\.data\/files$/);
    expect(config.siteRoot).toMatch(/\.data\/site$/);
    expect(config.cacheDir).toMatch(/\.data\/cache$/);
    expect(config.adminWebDist).toMatch(/apps\/admin-web\/dist$/);
  });

  it('reads origins from PUBLIC_ORIGINS and PUBLIC_ORIGIN, without a trailing slash', () => {
    const config = parseConfig({
      PUBLIC_ORIGINS: 'https://quantri.example.vn/, http://localhost:5173',
      PUBLIC_ORIGIN: 'https://quantri.example.vn',
    });
    expect(config.allowedOrigins).toEqual(['https://quantri.example.vn', 'http://localhost:5173']);
  });

  it('treats empty variables as unset and parses flags and numbers', () => {
    const config = parseConfig({ DATABASE_URL: '', PORT: '8080', TRUST_PROXY: 'true', PUBLISH_WORKER: '0' });
    expect(config).toMatchObject({
      databaseUrl: undefined,
      port: 8080,
      trustProxy: true,
      publishWorker: false,
    });
  });

  it('turns DOCUMENTS_PDF off with any of the usual words for no', () => {
    for (const no of ['0', 'false', 'FALSE', 'no', 'off'])
      expect(parseConfig({ DOCUMENTS_PDF: no }).documentsPdf, no).toBe(false);
    for (const yes of ['1', 'true', 'Yes', 'on'])
      expect(parseConfig({ DOCUMENTS_PDF: yes }).documentsPdf, yes).toBe(true);
  });

  it('refuses a switch it cannot read instead of guessing', () => {
    expect(() => parseConfig({ DOCUMENTS_PDF: 'không' })).toThrow(/DOCUMENTS_PDF: phải là 1\/true/);
  });

  it('checks KEEP_RELEASES', () => {
    expect(parseConfig({ KEEP_RELEASES: '12' }).keepReleases).toBe(12);
    for (const bad of ['abc', '0', '1.5', '1000'])
      expect(() => parseConfig({ KEEP_RELEASES: bad }), bad).toThrow(/KEEP_RELEASES/);
  });

  it('puts the build cache beside the releases, under the data folder', () => {
    expect(parseConfig({ SITE_ROOT: '/srv/khcn/site' }).cacheDir).toBe('/srv/khcn/cache');
    expect(parseConfig({ SITE_ROOT: '/srv/khcn/site', CACHE_DIR: '/var/cache/khcn' }).cacheDir).toBe(
      '/var/cache/khcn',
    );
  });

  it('names every bad variable in one Vietnamese message', () => {
    const bad = {
      PORT: 'tám nghìn',
      PUBLIC_ORIGINS: 'https://x.vn/duong-dan',
      LOG_LEVEL: 'loud',
      SITE_URL: 'javascript:alert(1)',
    };
    expect(() => parseConfig(bad)).toThrow(/^Cấu hình không hợp lệ:/);
    for (const name of Object.keys(bad)) expect(() => parseConfig(bad)).toThrow(name);
  });
});

describe('requireProductionSettings', () => {
  it('accepts a production environment that names its database and data folders', () => {
    const config = requireProductionSettings(parseConfig(production));
    expect(config).toMatchObject({
      isProduction: true,
      filesDir: '/srv/khcn/files',
      cacheDir: '/srv/khcn/cache',
    });
  });

  it('refuses to guess in production: no embedded database, no data folder in the code folder', () => {
    for (const name of ['DATABASE_URL', 'FILES_DIR', 'SITE_ROOT'] as const) {
      const env = { ...production, [name]: '' };
      let error: unknown;
      try {
        requireProductionSettings(parseConfig(env));
      } catch (e) {
        error = e;
      }
      expect(error, name).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.join('\n')).toContain(`${name}: chưa đặt`);
    }
  });

  it('leaves development alone', () => {
    expect(requireProductionSettings(parseConfig({})).databaseUrl).toBeUndefined();
  });
});
