import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const publishingPage =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3"><title>Đang xuất bản…</title></head><body><main><h1>Trang công khai đang được xuất bản lần đầu</h1><p>Trang sẽ tự tải lại sau vài giây.</p></main></body></html>';

/**
 * The live public-site release as `pnpm start` serves it (production uses nginx, infra/nginx/public-site.conf,
 * with the same rules): files of `current`, resolved on every request so a switch shows at once; the site's
 * 404 page; `/files/` always as a download (Content-Disposition: attachment) and never sniffed (nosniff).
 */
export function createPublicSiteApp(current: string): Hono {
  const site = new Hono();
  site.use('*', async (c, next) => {
    if (!existsSync(current)) return c.html(publishingPage, 503);
    return next();
  });
  site.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    if (c.req.path.startsWith('/files/') && c.res.status < 300) c.header('Content-Disposition', 'attachment');
  });
  // Built per request: `current` may not exist until the first publication goes live.
  site.use('*', (c, next) => serveStatic({ root: current })(c, next));
  site.notFound((c) => {
    const page = join(current, '404.html');
    return existsSync(page)
      ? serveStatic({ root: current, rewriteRequestPath: () => '/404.html' })(c, async () => {}).then((r) =>
          r ? new Response(r.body, { status: 404, headers: r.headers }) : c.text('Không tìm thấy', 404),
        )
      : c.text('Không tìm thấy', 404);
  });
  return site;
}
