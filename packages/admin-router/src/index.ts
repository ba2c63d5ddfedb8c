export * from './context.ts';
export * from './error-map.ts';
export { type ErrorData, createCallerFactory } from './trpc.ts';
export { appRouter, type AdminRouter } from './app.router.ts';
