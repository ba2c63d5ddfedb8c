export { type AppDeps, createApp } from './app.ts';
export { type Env, parseEnv } from './env.ts';
export { createFileStore } from './file-store.ts';
