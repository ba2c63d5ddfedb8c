import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The admin API (apps/admin-api) listens on 3000 in development; it serves dist/ in production. */
const apiOrigin = process.env.ADMIN_API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    rollupOptions: {
      treeshake: {
        // @khcn/domain is pure (no I/O, no module-level effects) but does not say so in its package.json;
        // without this its seed data and snapshot builder would ride along in the sign-in bundle. The same holds
        // for `diff`, which the domain's edition diff uses and the admin app never runs (the API diffs).
        moduleSideEffects: (id: string) =>
          !/[\\/](packages[\\/]domain|node_modules[\\/](\.pnpm[\\/])?diff)[\\/@]/.test(id),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/trpc': { target: apiOrigin, changeOrigin: false },
      '/files': { target: apiOrigin, changeOrigin: false },
      '/exports': { target: apiOrigin, changeOrigin: false },
    },
  },
});
