/**
 * Debian's nginx with the platform's configuration as infra/scripts/install-nginx.sh installs it, in a temporary
 * copy of nginx's folder (own ports, own pid), so the tests exercise the shipped files and script.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const infraDir = fileURLToPath(new URL('../../', import.meta.url));

export type NginxInstall = {
  dir: string;
  stop(): void;
};

/** A self-signed certificate for the given host names (SAN), with its key. */
export function selfSignedCertificate(dir: string, hosts: string[]): { cert: string; key: string } {
  const cert = join(dir, 'tls.crt');
  const key = join(dir, 'tls.key');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${hosts[0]}`,
      '-addext',
      `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'pipe' },
  );
  return { cert, key };
}

/** Runs install-nginx.sh into a fresh folder laid out like /etc/nginx, then starts nginx on it. */
export async function installAndStartNginx(settings: Record<string, string>): Promise<NginxInstall> {
  const dir = mkdtempSync(join(tmpdir(), 'khcn-nginx-'));
  chmodSync(dir, 0o755); // nginx's workers run as an unprivileged user
  for (const d of [
    'sites-available',
    'sites-enabled',
    'tmp/body',
    'tmp/proxy',
    'tmp/fastcgi',
    'tmp/uwsgi',
    'tmp/scgi',
  ])
    mkdirSync(join(dir, d), { recursive: true });
  // Debian's stock default site, enabled, as a fresh install has it: the script must disable it.
  writeFileSync(
    join(dir, 'sites-available/default'),
    'server { listen 127.0.0.1:1 default_server; return 444; }\n',
  );
  execFileSync('ln', ['-s', '../sites-available/default', join(dir, 'sites-enabled/default')]);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  include ${dir}/conf.d/*.conf;
  include ${dir}/sites-enabled/*;
}
`,
  );
  execFileSync('bash', [join(infraDir, 'scripts/install-nginx.sh')], {
    env: { PATH: process.env.PATH ?? '', NGINX_DIR: dir, ...settings },
    stdio: 'pipe',
  });
  execFileSync('nginx', ['-t', '-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'pipe' });
  const nginx: ChildProcess = spawn('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  const port = Number(settings.HTTP_PORT);
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      return { dir, stop: () => nginx.kill('SIGTERM') };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  nginx.kill('SIGTERM');
  throw new Error('nginx did not start');
}

export type RawResponse = {
  status: number;
  rawHeaders: string[];
  body: Buffer;
  header(name: string): string[];
};

/** An HTTPS request to 127.0.0.1:`port` for `host` (SNI and Host), trusting the self-signed certificate. */
export function httpsRequest(
  port: number,
  host: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        servername: host,
        rejectUnauthorized: false,
        headers: { host: `${host}:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const rawHeaders = res.rawHeaders;
          resolve({
            status: res.statusCode ?? 0,
            rawHeaders,
            body: Buffer.concat(chunks),
            header: (name) => {
              const values: string[] = [];
              for (let i = 0; i < rawHeaders.length; i += 2)
                if (rawHeaders[i]!.toLowerCase() === name) values.push(rawHeaders[i + 1]!);
              return values;
            },
          });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
