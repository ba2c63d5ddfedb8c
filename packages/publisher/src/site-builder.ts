import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { environmentForChild } from '@khcn/config';

export type SiteBuildArgs = {
  snapshotPath: string;
  outDir: string;
  siteUrl?: string | undefined;
  /** Called with a stage name when the build announces one (`[stage] indexing`). */
  onStage: (stage: string) => void;
  /** Called with each line for the publication log (Vietnamese, what the build announces as `[log] …`). */
  onLog: (line: string) => void;
};

export type SiteBuilder = (args: SiteBuildArgs) => Promise<void>;

/**
 * Builds the public site in a child process: `script` is the site's build script (the configuration's
 * `siteBuildScript`, apps/public-site/scripts/build-site.ts in the workspace), given by the caller; the site reads
 * only the snapshot file. The publisher never imports the app, and never looks for it either: it runs it.
 */
export function createSiteBuilder(options: {
  script: string;
  timeoutMs?: number;
  /** Where the build keeps its caches (Astro, Vite): under the data folder, never in the code folder. */
  cacheDir?: string;
}): SiteBuilder {
  const { script } = options;
  return (args) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--expose-gc', script], {
        // Astro resolves its build-time modules from the working directory: run in the site's package.
        cwd: dirname(dirname(script)),
        env: environmentForChild({
          // The build's steps size their own heaps (Astro needs far more than an API process's cap).
          NODE_OPTIONS: '',
          SNAPSHOT_PATH: args.snapshotPath,
          SITE_OUT_DIR: args.outDir,
          ...(args.siteUrl ? { SITE_URL: args.siteUrl } : {}),
          ...(options.cacheDir ? { CACHE_DIR: options.cacheDir } : {}),
          ASTRO_TELEMETRY_DISABLED: '1',
        }),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15 * 60_000);
      const tail: string[] = [];
      const onData = (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n')) {
          const trimmed = line.trim();
          if (!trimmed) continue;
          const stage = /^\[stage\]\s+(\w+)/.exec(trimmed);
          const log = /^\[log\]\s+(.*)$/.exec(trimmed);
          if (stage) args.onStage(stage[1]!);
          // Staff read the publication log: only the build's own Vietnamese lines go there. The tools' output
          // (Astro, Pagefind, in English) is kept for the failure message below.
          else if (log) args.onLog(log[1]!);
          tail.push(trimmed);
          if (tail.length > 30) tail.shift();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else
          reject(
            new Error(
              `Dựng trang thất bại (${signal ? `bị dừng bởi ${signal}` : `mã thoát ${code}`}). Chi tiết kỹ thuật: ${tail
                .slice(-8)
                .join(' | ')}`,
            ),
          );
      });
    });
}
