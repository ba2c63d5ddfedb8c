export { type AppDeps, createApp } from './app.ts';
export { createFileStore } from './file-store.ts';
