import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HttpBindings } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { trpcServer } from '@hono/trpc-server';
import { TRPCError } from '@trpc/server';
import {
  appRouter,
  type Context as ApiContext,
  type FileStore,
  type PublishQueue,
  validateSession,
} from '@khcn/admin-router';
import type { Database } from '@khcn/db';
import { DomainError } from '@khcn/domain';
import { Hono, type Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import { checkDatabase } from './readiness.ts';
import {
  isLocalHost,
  readSessionToken,
  serializeClearedSessionCookie,
  serializeSessionCookie,
} from './session-cookie.ts';
import type { ReleaseStore, ReleaseTarget } from '@khcn/publisher';

export type AppDeps = {
  db: Database;
  logger: Logger;
  publishQueue: PublishQueue;
  files: FileStore;
  /** The clock (tests move it to expire sessions). */
  now?: () => Date;
  newId?: () => string;
  /** Origins allowed to send state-changing requests, besides the API's own origin. */
  allowedOrigins?: readonly string[];
  /** Take the client address and scheme from the reverse proxy's headers (nginx in production). */
  trustProxy?: boolean;
  /** The built admin app; null or a missing folder serves a "not built" page instead. */
  adminWebDist?: string | null;
  /** Largest request body accepted on /trpc, in bytes, except the PDF upload route (default 256 KiB). */
  maxBodyBytes?: number;
  /** Largest body of the PDF upload route (`records.uploadPublicationPdf`: the file as base64 inside JSON). */
  maxUploadBodyBytes?: number;
  /** The public site's releases on this machine (SITE_ROOT), for rollback from the admin app. */
  siteReleases?: ReleaseStore | null;
  /** The release targets (SITE_TARGETS) a rollback from the admin app switches. */
  siteTargets?: ReleaseTarget[] | null;
};

type AppEnv = {
  Bindings: Partial<HttpBindings>;
  Variables: { requestId: string; logger: Logger };
};

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
/** What a session with a temporary password may call. */
const PASSWORD_CHANGE_PROCEDURES = new Set([
  'auth.me',
  'auth.changePassword',
  'auth.signIn',
  'auth.signOut',
  'auth.signOutEverywhere',
]);
const SAFE_METHODS = new Set(['GET', 'HEAD']);
/** Every request body but a PDF upload: a report section, a record or a batch of them is far smaller. */
const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
/** A 20 MB PDF as base64 (4/3 of it) inside the procedure's JSON, with room for the other fields. */
const DEFAULT_MAX_UPLOAD_BODY_BYTES = 28 * 1024 * 1024;
/** The one route that carries a file; it is never batched (the admin app sends it alone). */
const UPLOAD_PATH = '/trpc/records.uploadPublicationPdf';
/** Calls in one batch (`?batch=1`): the admin app's link sends at most this many (its `maxItems`). */
const MAX_BATCH_CALLS = 10;
/** Procedures that must arrive alone: sign-in (each attempt passes the throttle on its own). */
const NEVER_BATCHED = new Set(['auth.signIn']);

const messages = {
  badOrigin:
    'Yêu cầu bị từ chối: nguồn gửi (Origin) không hợp lệ. Hãy mở ứng dụng quản trị từ địa chỉ chính thức.',
  tooLarge: 'Dữ liệu gửi lên quá lớn (tối đa 256 KB; tệp PDF tải lên riêng, tối đa 20 MB).',
  tooManyCalls: `Yêu cầu gộp quá nhiều thao tác (tối đa ${MAX_BATCH_CALLS}); hãy gửi thành nhiều lần.`,
  batchedSignIn: 'Đăng nhập phải gửi riêng, không gộp với yêu cầu khác.',
  notFound: 'Không tìm thấy địa chỉ này.',
  internal: 'Đã có lỗi hệ thống; vui lòng thử lại sau.',
  notBuilt:
    '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Ứng dụng quản trị chưa sẵn sàng</title>' +
    '<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;line-height:1.5">' +
    '<h1>Ứng dụng quản trị chưa được build</h1>' +
    '<p>Máy chủ API đang chạy nhưng chưa có bản build của ứng dụng quản trị (admin-web). ' +
    'Hãy chạy <code>pnpm build</code> rồi khởi động lại dịch vụ.</p></body></html>',
};

/**
 * A tRPC-shaped error body, so the admin app's client shows `message` like any procedure error. A batch call
 * (`?batch=1`, paths joined by commas) gets one entry per procedure.
 */
const jsonRpcCodes = { 400: -32600, 403: -32003, 413: -32600 } as const;

function trpcErrorBody(
  c: HonoContext,
  status: 400 | 403 | 413,
  code: 'BAD_REQUEST' | 'FORBIDDEN' | 'PAYLOAD_TOO_LARGE',
  message: string,
) {
  const error = {
    error: {
      message,
      code: jsonRpcCodes[status],
      data: {
        code,
        httpStatus: status,
        userMessage: message,
        fieldErrors: [],
        domainCode: null,
        details: {},
      },
    },
  };
  if (c.req.query('batch') !== '1') return error;
  const paths = c.req.path.replace(/^\/trpc\/?/, '').split(',');
  return paths.map(() => error);
}

/**
 * The client's address, for login throttling and the audit log. Behind nginx (TRUST_PROXY) it is X-Real-IP, which
 * the proxy sets from the connection's address and so overwrites whatever a client sent
 * (infra/nginx/admin-site.conf). X-Forwarded-For is never read: it is a chain the client starts, so any entry of
 * it can be written by the client.
 */
function clientAddressOf(c: HonoContext<AppEnv>, trustProxy: boolean): string {
  const socketAddress = c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
  if (!trustProxy) return socketAddress;
  return c.req.header('x-real-ip')?.trim() || socketAddress;
}

/** The origin the browser sees for this API: behind a TLS-terminating proxy the scheme comes from it. */
function ownOriginOf(c: HonoContext<AppEnv>, trustProxy: boolean): string {
  const url = new URL(c.req.url);
  const proto = trustProxy ? c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() : undefined;
  return proto === 'https' || proto === 'http' ? `${proto}://${url.host}` : url.origin;
}

/**
 * Whether the session cookie gets `Secure`: always, except for a plain-HTTP request to localhost (development).
 * Behind a TLS-terminating proxy that does not pass the Host header on, the request looks local, so the
 * proxy's `X-Forwarded-Proto: https` counts too.
 */
function isSecureRequest(c: HonoContext<AppEnv>, trustProxy: boolean): boolean {
  const forwardedProto = trustProxy ? c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() : undefined;
  return forwardedProto === 'https' || !isLocalHost(new URL(c.req.url).hostname);
}

/**
 * The admin API as a Hono app: request ids and JSON logs, health checks, the session cookie, the Origin check
 * on state-changing requests, tRPC at /trpc, and the built admin app with a single-page fallback.
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => randomUUID());
  const trustProxy = deps.trustProxy ?? false;
  const configuredOrigins = new Set(deps.allowedOrigins ?? []);
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const logger = deps.logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('logger', logger);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  });

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await checkDatabase(deps.db);
      return c.json({ status: 'ready' });
    } catch (error) {
      c.get('logger').warn({ err: error }, 'database not reachable');
      return c.json({ status: 'unavailable', message: 'Cơ sở dữ liệu không phản hồi.' }, 503);
    }
  });

  // CSRF: a state-changing request must come from a page of ours. SameSite=Lax already keeps the cookie off
  // cross-site POSTs; this check does not depend on the browser getting that right.
  app.use('/trpc/*', async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (!origin || (origin !== ownOriginOf(c, trustProxy) && !configuredOrigins.has(origin))) {
        c.get('logger').warn({ origin: origin ?? null, path: c.req.path }, 'refused: bad Origin');
        return c.json(trpcErrorBody(c, 403, 'FORBIDDEN', messages.badOrigin), 403);
      }
    }
    return next();
  });

  // Bounded work per request, decided from the URL before any body is read: at most MAX_BATCH_CALLS calls in a
  // batch, and sign-in never inside one (a batch of guesses would share one trip through the throttle).
  app.use('/trpc/*', async (c, next) => {
    if (c.req.query('batch') !== '1') return next();
    const paths = c.req.path.replace(/^\/trpc\/?/, '').split(',');
    const refusal =
      paths.length > MAX_BATCH_CALLS
        ? messages.tooManyCalls
        : paths.some((p) => NEVER_BATCHED.has(p))
          ? messages.batchedSignIn
          : null;
    if (!refusal) return next();
    c.get('logger').warn({ calls: paths.length, path: c.req.path.slice(0, 200) }, 'refused: batch');
    return c.json(trpcErrorBody(c, 400, 'BAD_REQUEST', refusal), 400);
  });

  // Request bodies are limited before they are parsed (Content-Length, then the bytes as they stream in):
  // 256 KiB everywhere but the PDF upload route.
  const tooLarge = (c: HonoContext<AppEnv>) =>
    c.json(trpcErrorBody(c, 413, 'PAYLOAD_TOO_LARGE', messages.tooLarge), 413);
  const uploadLimit = bodyLimit({
    maxSize: deps.maxUploadBodyBytes ?? DEFAULT_MAX_UPLOAD_BODY_BYTES,
    onError: tooLarge,
  });
  const defaultLimit = bodyLimit({ maxSize: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, onError: tooLarge });
  app.use('/trpc/*', (c, next) =>
    c.req.path === UPLOAD_PATH && c.req.query('batch') !== '1' ? uploadLimit(c, next) : defaultLimit(c, next),
  );

  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      maxBatchSize: MAX_BATCH_CALLS,
      async createContext({ resHeaders, info }, c: HonoContext<AppEnv>): Promise<ApiContext> {
        const secure = isSecureRequest(c, trustProxy);
        const token = readSessionToken(c.req.header('cookie'));
        const session = token ? await validateSession({ db: deps.db, now }, token) : null;
        if (token && !session) resHeaders.append('set-cookie', serializeClearedSessionCookie(secure));
        // A temporary password (set by quản trị) is known to someone else: until the user replaces it, the
        // session may only see who it is, change the password or sign out.
        if (
          session?.mustChangePassword &&
          info.calls.some((call) => !PASSWORD_CHANGE_PROCEDURES.has(call.path))
        ) {
          throw new TRPCError({
            code: 'FORBIDDEN',
            cause: new DomainError('FORBIDDEN', `User ${session.actor.userId} must change the password`, {
              userMessage: 'Bạn cần đổi mật khẩu tạm trước khi tiếp tục.',
            }),
          });
        }
        return {
          db: deps.db,
          now,
          newId,
          actor: session?.actor ?? null,
          requestId: c.get('requestId'),
          clientAddress: clientAddressOf(c, trustProxy),
          logger: c.get('logger'),
          publishQueue: deps.publishQueue,
          files: deps.files,
          siteReleases: deps.siteReleases ?? undefined,
          siteTargets: deps.siteTargets ?? undefined,
          sessionCookie: {
            set: (value, expiresAt) =>
              resHeaders.append('set-cookie', serializeSessionCookie(value, expiresAt, now(), secure)),
            clear: () => resHeaders.append('set-cookie', serializeClearedSessionCookie(secure)),
          },
        };
      },
      onError({ error, ctx, path }) {
        // Procedure failures are logged by the router's error middleware; this catches the rest
        // (a failing context, e.g. the database down while validating the session).
        if (!ctx && error.code === 'INTERNAL_SERVER_ERROR') {
          deps.logger.error({ err: error.cause ?? error, path }, 'request failed before the procedure');
        }
      },
    }),
  );

  const dist = deps.adminWebDist ?? null;
  const indexHtml = dist ? join(dist, 'index.html') : null;
  if (dist && indexHtml && existsSync(indexHtml)) {
    const serveBuiltFile = serveStatic({ root: dist });
    app.on(['GET', 'HEAD'], '*', async (c, next) => {
      if (c.req.path.startsWith('/trpc')) return next();
      const served = await serveBuiltFile(c, next);
      if (served instanceof Response && served.status < 300) {
        // Vite fingerprints what it puts in assets/: those never change; anything else is checked each time.
        const immutable = c.req.path.startsWith('/assets/');
        served.headers.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      }
      return served;
    });
  }

  // Single-page app: a browser navigating to any other page (it asks for HTML) gets index.html.
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    if (c.req.path.startsWith('/trpc') || !c.req.header('accept')?.includes('text/html')) return next();
    if (!indexHtml || !existsSync(indexHtml)) return c.html(messages.notBuilt, 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(await readFile(indexHtml, 'utf8'));
  });

  app.notFound((c) => c.json({ message: messages.notFound }, 404));
  app.onError((error, c) => {
    const logger = c.get('logger') ?? deps.logger;
    logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return c.json({ message: messages.internal, requestId: c.get('requestId') ?? null }, 500);
  });

  return app;
}
