import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeReleaseTarget, type SshReleaseTarget } from '@khcn/config';
import {
  listSiteFiles,
  type ReleaseTarget,
  ReleaseTargetError,
  requireSafeReleaseId,
  totalsOf,
} from './release-target.ts';

type RunResult = { code: number | null; stdout: string; stderr: string };

/** Single-quotes a word for the remote POSIX shell. */
const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * A host reached over SSH (a web server in the DMZ, the provincial portal's host), with the same layout as the local
 * folder: `<path>/releases/<id>/` and a `current` symlink that nginx there serves. Upload: rsync into
 * `releases/<id>.partial/` (unchanged files hard-linked from the live release, so only what changed travels), then
 * one rename; switch: a new symlink renamed over `current` (atomic); rollback: the same switch to a kept release.
 * Connection failures are retried; a failure before the rename leaves only the `.partial` folder.
 * Needs on the host: OpenSSH, rsync, a POSIX shell with GNU coreutils (`mv -T`).
 */
export function createSshTarget(
  config: SshReleaseTarget,
  options: { attempts?: number; retryDelayMs?: number; connectTimeoutSeconds?: number } = {},
): ReleaseTarget {
  const attempts = options.attempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const sshOptions = [
    '-F',
    '/dev/null',
    '-i',
    config.identityFile,
    '-p',
    String(config.port),
    '-o',
    'BatchMode=yes',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    `UserKnownHostsFile=${config.knownHostsFile}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    `ConnectTimeout=${options.connectTimeoutSeconds ?? 10}`,
    '-o',
    'ServerAliveInterval=5',
    '-o',
    'ServerAliveCountMax=2',
    '-o',
    'LogLevel=ERROR',
  ];
  const destination = `${config.user}@${config.host}`;
  const root = config.path;

  /** Removes what must never reach a log: the key file's and known_hosts' paths. */
  const scrub = (text: string) =>
    text.replaceAll(config.identityFile, '(tệp khóa)').replaceAll(config.knownHostsFile, '(known_hosts)');

  function run(command: string, args: string[], onStdoutLine?: (line: string) => void): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let pending = '';
      child.stdout.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        if (stdout.length < 1_000_000) stdout += text;
        if (!onStdoutLine) return;
        pending += text;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (line) onStdoutLine(line);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        if (stderr.length < 100_000) stderr += chunk.toString('utf8');
      });
      child.on('error', reject);
      child.on('close', (code) => {
        if (onStdoutLine && pending) onStdoutLine(pending);
        resolve({ code, stdout, stderr });
      });
    });
  }

  /** A Vietnamese reason for a failed ssh or rsync, and whether trying again may help. */
  function explain(result: RunResult): { message: string; transient: boolean } {
    const err = result.stderr;
    const where = `${config.host}:${config.port}`;
    if (/Permission denied|Too many authentication failures/i.test(err))
      return {
        message: `Máy chủ ${where} từ chối đăng nhập SSH của người dùng ${config.user} (khóa không đúng hoặc chưa được cho phép).`,
        transient: false,
      };
    if (/Host key verification failed|HOST IDENTIFICATION HAS CHANGED|host key .* not known/i.test(err))
      return {
        message: `Khóa của máy chủ ${where} không khớp tệp known_hosts đã cấu hình (có thể không phải máy chủ mong đợi).`,
        transient: false,
      };
    if (/Load key|no such identity|bad permissions|invalid format/i.test(err))
      return { message: `Không dùng được tệp khóa SSH của đích ${config.name}.`, transient: false };
    if (/rsync: (command )?not found|rsync: not found|command not found/i.test(err))
      return { message: `Máy chủ ${where} chưa cài rsync.`, transient: false };
    if (/No space left on device/i.test(err))
      return { message: `Máy chủ ${where} hết chỗ trống trên đĩa (ENOSPC).`, transient: false };
    if (
      result.code === 255 ||
      [10, 12, 30, 35].includes(result.code ?? -1) ||
      /Connection (refused|reset|closed|timed out)|timed out|Broken pipe|unexpectedly closed|No route to host|Could not resolve|kex_exchange_identification/i.test(
        err,
      )
    )
      return { message: `Mất kết nối SSH tới ${where}.`, transient: true };
    const tail = scrub(err.trim().split('\n').slice(-3).join(' | '));
    return {
      message: `Lệnh trên máy chủ ${where} thất bại (mã ${result.code})${tail ? `: ${tail}` : ''}.`,
      transient: false,
    };
  }

  /** Runs `attempt` until it succeeds, retrying connection failures; throws a ReleaseTargetError. */
  async function withRetries(
    what: string,
    attempt: () => Promise<RunResult>,
    log?: (line: string) => void,
  ): Promise<RunResult> {
    for (let i = 1; ; i++) {
      let result: RunResult;
      try {
        result = await attempt();
      } catch (error) {
        throw new ReleaseTargetError(
          config.name,
          `Không chạy được ${what} cho đích ${config.name}: ${(error as Error).message}`,
          { cause: error },
        );
      }
      if (result.code === 0) return result;
      const { message, transient } = explain(result);
      if (!transient || i >= attempts) {
        throw new ReleaseTargetError(config.name, `Đích ${config.name}: ${message}`);
      }
      log?.(`${message} Thử lại (lần ${i + 1}/${attempts})…`);
      await sleep(retryDelayMs * i);
    }
  }

  const remote = (script: string, log?: (line: string) => void) =>
    withRetries('ssh', () => run('ssh', [...sshOptions, destination, script]), log);

  async function currentReleaseId(): Promise<string | null> {
    const result = await remote(`readlink ${quote(`${root}/current`)} || true`);
    const target = result.stdout.trim();
    return target ? (target.split('/').pop() ?? null) : null;
  }

  return {
    name: config.name,
    kind: 'ssh',
    description: describeReleaseTarget(config),
    atomicSwitch: true,

    async upload({ releaseId, siteDir, onProgress, log }) {
      const id = requireSafeReleaseId(releaseId);
      const files = await listSiteFiles(siteDir);
      const progress = totalsOf(files);
      onProgress({ ...progress });
      await remote(`mkdir -p ${quote(`${root}/releases`)}`, log);
      const live = await currentReleaseId();
      const partial = `${root}/releases/${id}.partial/`;
      const args = [
        '--recursive',
        '--links',
        // Compared by content, not by time: a file the build wrote again unchanged is hard-linked (and keeps the
        // modification time, so nginx's ETag and the CDN's copy stay valid).
        '--checksum',
        '--delete',
        '--chmod=D755,F644',
        '--timeout=30',
        '--out-format=%i %l %n',
        ...(live && live !== id ? [`--link-dest=../${live}`] : []),
        '-e',
        ['ssh', ...sshOptions].map((a) => (/[\s'"]/.test(a) ? quote(a) : a)).join(' '),
        `${siteDir.replace(/\/$/, '')}/`,
        `${destination}:${partial}`,
      ];
      let sentFiles = 0;
      let sentBytes = 0;
      let lastReport = 0;
      await withRetries(
        'rsync',
        () => {
          sentFiles = 0;
          sentBytes = 0;
          return run('rsync', args, (line) => {
            // Itemised: `<f…` is a file sent to the host; hard links and folders are not.
            const match = /^<f\S* (\d+) (.+)$/.exec(line);
            if (!match) return;
            sentFiles += 1;
            sentBytes += Number(match[1]);
            if (Date.now() - lastReport > 500) {
              lastReport = Date.now();
              onProgress({ ...progress, files: sentFiles, bytes: sentBytes });
            }
          });
        },
        log,
      );
      onProgress({ ...progress, files: sentFiles, bytes: sentBytes });
      const releaseDir = `${root}/releases/${id}`;
      // The finished upload takes its name in one rename; a live release is never replaced.
      await remote(
        [
          `cd ${quote(`${root}/releases`)}`,
          `if [ "$(readlink ${quote(`${root}/current`)} || true)" = ${quote(`releases/${id}`)} ]; then echo "release ${id} is live" >&2; exit 3; fi`,
          `rm -rf ${quote(`${id}.old`)}`,
          `if [ -d ${quote(id)} ]; then mv ${quote(id)} ${quote(`${id}.old`)}; fi`,
          `mv ${quote(`${id}.partial`)} ${quote(id)}`,
          `rm -rf ${quote(`${id}.old`)}`,
        ].join(' && '),
        log,
      );
      log(
        `${config.name}: đã gửi ${sentFiles} tệp (${sentBytes} byte) trên ${files.length} tệp vào ${releaseDir}; các tệp không đổi được liên kết cứng từ bản đang công khai.`,
      );
    },

    async activate(releaseId, log) {
      if (releaseId === null) {
        await remote(`rm -f ${quote(`${root}/current`)}`, log);
        log(`${config.name}: không còn bản nào đang công khai.`);
        return;
      }
      const id = requireSafeReleaseId(releaseId);
      await remote(
        [
          `cd ${quote(root)}`,
          `if [ ! -d ${quote(`releases/${id}`)} ]; then echo "No release ${id}" >&2; exit 4; fi`,
          `ln -sfn ${quote(`releases/${id}`)} .current-$$`,
          'mv -fT .current-$$ current',
        ].join(' && '),
        log,
      ).catch((error: unknown) => {
        if (error instanceof ReleaseTargetError && /mã 4/.test(error.message))
          throw new ReleaseTargetError(
            config.name,
            `Đích ${config.name}: máy chủ không còn giữ bản phát hành ${id}.`,
          );
        throw error;
      });
      log(`${config.name}: đã chuyển bản đang công khai sang bản ${id}.`);
    },

    currentReleaseId,

    async listReleaseIds() {
      const result = await remote(`cd ${quote(`${root}/releases`)} 2>/dev/null && ls -1t || true`);
      return result.stdout
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s && !s.endsWith('.partial') && !s.endsWith('.old'));
    },

    async prune(keep, log) {
      const ids = await this.listReleaseIds();
      const live = await currentReleaseId();
      const remove = ids.slice(keep).filter((id) => id !== live);
      if (remove.length === 0) return;
      await remote(
        `cd ${quote(`${root}/releases`)} && rm -rf -- ${remove.map((id) => quote(requireSafeReleaseId(id))).join(' ')}`,
        log,
      );
      log(`${config.name}: đã xóa ${remove.length} bản cũ.`);
    },

    close: async () => {},
  };
}
