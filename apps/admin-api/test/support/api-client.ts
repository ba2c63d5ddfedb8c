import type { TestApp } from './test-app.ts';
import { TEST_ORIGIN } from './test-app.ts';

export type ApiResponse = {
  status: number;
  /** The parsed JSON body (or the text when it is not JSON). */
  body: any;
  headers: Headers;
  setCookies: string[];
};

export type CallOptions = {
  /** The session token to send as the `khcn_session` cookie. */
  session?: string | null;
  /** The Origin header; `null` sends none. Defaults to the app's own origin. */
  origin?: string | null;
  /** Client address (X-Real-IP; the test app trusts the proxy headers). */
  clientAddress?: string;
  /** Base URL of the request (scheme and host). */
  baseUrl?: string;
  headers?: Record<string, string>;
};

async function toApiResponse(res: Response): Promise<ApiResponse> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body, headers: res.headers, setCookies: res.headers.getSetCookie() };
}

function headersFor(options: CallOptions, extra: Record<string, string> = {}): Record<string, string> {
  const headers: Record<string, string> = { ...extra, ...options.headers };
  if (options.session) headers.cookie = `khcn_session=${options.session}`;
  const origin = options.origin === undefined ? (options.baseUrl ?? TEST_ORIGIN) : options.origin;
  if (origin !== null) headers.origin = origin;
  headers['x-real-ip'] = options.clientAddress ?? '192.0.2.1';
  return headers;
}

/** Calls a tRPC query over HTTP GET, as the admin app does. */
export async function query(t: TestApp, path: string, input?: unknown, options: CallOptions = {}) {
  const params = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await t.app.request(`${options.baseUrl ?? TEST_ORIGIN}/trpc/${path}${params}`, {
    method: 'GET',
    headers: headersFor(options),
  });
  return toApiResponse(res);
}

/** Calls a tRPC mutation over HTTP POST with a JSON body. */
export async function mutate(t: TestApp, path: string, input?: unknown, options: CallOptions = {}) {
  const res = await t.app.request(`${options.baseUrl ?? TEST_ORIGIN}/trpc/${path}`, {
    method: 'POST',
    headers: headersFor(options, { 'content-type': 'application/json' }),
    ...(input === undefined ? {} : { body: JSON.stringify(input) }),
  });
  return toApiResponse(res);
}

/** The raw request, for non-tRPC routes. */
export async function request(t: TestApp, path: string, init: RequestInit = {}) {
  return toApiResponse(await t.app.request(`${TEST_ORIGIN}${path}`, init));
}

/** The session token a response set, or null when it set none (or cleared it). */
export function sessionTokenOf(res: ApiResponse): string | null {
  for (const cookie of res.setCookies) {
    const match = /^khcn_session=([^;]*)/.exec(cookie);
    if (match) return match[1] || null;
  }
  return null;
}

/** A readable failure message: status and body, for `expect(res.status, describe(res))`. */
export function describe(res: ApiResponse): string {
  return `HTTP ${res.status}: ${typeof res.body === 'string' ? res.body : JSON.stringify(res.body)}`;
}
