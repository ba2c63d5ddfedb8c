import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../../vitest.shared.ts';

export type SshTestServer = {
  /** The sshd process (a benchmark leaves it and its sessions out of the platform's memory). */
  pid: number;
  host: string;
  port: number;
  user: string;
  /** The client's private key (authorised on this server) and the server's known_hosts line. */
  identityFile: string;
  knownHostsFile: string;
  /** A key this server does not accept (for the wrong-credentials test). */
  wrongIdentityFile: string;
  /** A folder on "the host" for a release target's PATH. */
  siteRoot: string;
  folder: string;
  stop(): Promise<void>;
};

const sshd = ['/usr/sbin/sshd', '/usr/bin/sshd'].find((p) => existsSync(p));

/**
 * A real OpenSSH server (Debian's openssh-server) for tests: started on a loopback port with a throwaway host key
 * and an authorised client key under a temporary folder, logging in as the user running the test. As root (CI) it
 * needs /run/sshd, its privilege separation folder, which it creates; as another user sshd runs unprivileged and
 * accepts only that user. `.ci/install-system.sh` installs openssh-server and rsync.
 */
export async function startSshTestServer(options: { port?: number } = {}): Promise<SshTestServer> {
  if (!sshd) throw new Error('sshd not found: apt-get install openssh-server rsync (.ci/install-system.sh)');
  const folder = mkdtempSync(join(tmpdir(), 'khcn-sshd-'));
  const key = (name: string) => {
    const path = join(folder, name);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', path]);
    return path;
  };
  const hostKey = key('host_ed25519');
  const identityFile = key('client_ed25519');
  const wrongIdentityFile = key('stranger_ed25519');
  writeFileSync(join(folder, 'authorized_keys'), readFileSync(`${identityFile}.pub`));
  const port = options.port ?? (await freePort());
  const user = userInfo().username;
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const config = join(folder, 'sshd_config');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKey}`,
      `PidFile ${join(folder, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(folder, 'authorized_keys')}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      'PermitRootLogin prohibit-password',
      `AllowUsers ${user}`,
      'MaxStartups 50',
      'LogLevel ERROR',
      '',
    ].join('\n'),
  );
  const knownHostsFile = join(folder, 'known_hosts');
  const hostPublic = readFileSync(`${hostKey}.pub`, 'utf8').trim().split(' ').slice(0, 2).join(' ');
  writeFileSync(knownHostsFile, `[127.0.0.1]:${port} ${hostPublic}\n`);
  const siteRoot = join(folder, 'srv', 'site');
  mkdirSync(siteRoot, { recursive: true });
  const child: ChildProcess = spawn(sshd, ['-D', '-e', '-f', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  await waitForBanner(port, child, () => stderr);
  return {
    pid: child.pid!,
    host: '127.0.0.1',
    port,
    user,
    identityFile,
    knownHostsFile,
    wrongIdentityFile,
    siteRoot,
    folder,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function waitForBanner(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sshd exited (${child.exitCode}): ${stderr()}`);
    const banner = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('data', (d) => {
        resolve(d.toString());
        socket.destroy();
      });
      socket.once('error', () => resolve(''));
    });
    if (banner.startsWith('SSH-')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`sshd did not answer on ${port}: ${stderr()}`);
}
