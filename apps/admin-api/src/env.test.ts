import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('has working defaults', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      allowedOrigins: [],
      trustProxy: false,
      logLevel: 'info',
      publishWorker: true,
    });
    expect(env.pgliteDir).toMatch(/\.data\/pglite$/);
    expect(env.filesDir).toMatch(/\.data\/files$/);
    expect(env.adminWebDist).toMatch(/apps\/admin-web\/dist$/);
  });

  it('reads origins from PUBLIC_ORIGINS and PUBLIC_ORIGIN, without a trailing slash', () => {
    const env = parseEnv({
      PUBLIC_ORIGINS: 'https://quantri.example.vn/, http://localhost:5173',
      PUBLIC_ORIGIN: 'https://quantri.example.vn',
    });
    expect(env.allowedOrigins).toEqual(['https://quantri.example.vn', 'http://localhost:5173']);
  });

  it('treats empty variables as unset and parses flags and numbers', () => {
    const env = parseEnv({ DATABASE_URL: '', PORT: '8080', TRUST_PROXY: 'true', PUBLISH_WORKER: '0' });
    expect(env).toMatchObject({ databaseUrl: undefined, port: 8080, trustProxy: true, publishWorker: false });
  });

  it('names every bad variable', () => {
    const bad = { PORT: 'tám nghìn', PUBLIC_ORIGINS: 'https://x.vn/duong-dan', LOG_LEVEL: 'loud' };
    expect(() => parseEnv(bad)).toThrow(/^Invalid environment: /);
    for (const name of Object.keys(bad)) expect(() => parseEnv(bad)).toThrow(name);
  });
});
