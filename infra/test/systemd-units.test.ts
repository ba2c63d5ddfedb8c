import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const unitsDir = fileURLToPath(new URL('../systemd/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const unitFiles = readdirSync(unitsDir).filter((f) => f.endsWith('.service') || f.endsWith('.timer'));
const services = ['khcn-admin-api.service', 'khcn-publish-worker.service'];

/** The unit with its install paths pointing at this checkout and this Node, as `systemd-analyze` needs. */
function localCopy(dir: string, unit: string): string {
  const text = readFileSync(join(unitsDir, unit), 'utf8')
    .replaceAll('/opt/khcn/current', repoRoot.replace(/\/$/, ''))
    .replace('/usr/local/bin/node', process.execPath)
    .replace(/^User=.*$/m, 'User=root')
    .replace(/^Group=.*$/m, 'Group=root');
  writeFileSync(join(dir, unit), text);
  return join(dir, unit);
}

describe('systemd units', () => {
  it.each(unitFiles)('%s passes systemd-analyze verify', (unit) => {
    const dir = mkdtempSync(join(tmpdir(), 'khcn-units-'));
    const files = [localCopy(dir, unit)];
    // A timer is verified with the service it starts.
    if (unit.endsWith('.timer')) files.push(localCopy(dir, unit.replace(/\.timer$/, '.service')));
    execFileSync('systemd-analyze', ['verify', ...files], { stdio: 'pipe' });
  });

  it.each(services)(
    '%s runs a file of this repository, read-only but for /srv/khcn, no restart loop',
    (unit) => {
      const text = readFileSync(join(unitsDir, unit), 'utf8');
      const script = /^ExecStart=.* (\S+)$/m.exec(text)![1]!;
      expect(existsSync(join(repoRoot, script)), `${script} must exist`).toBe(true);
      expect(text).toMatch(/^Restart=on-failure$/m);
      expect(text).toMatch(/^RestartPreventExitStatus=2 3$/m);
      expect(text).toMatch(/^EnvironmentFile=\/etc\/khcn\/khcn.env$/m);
      expect(text).toMatch(/^ProtectSystem=strict$/m);
      expect(text).toMatch(/^ReadWritePaths=\/srv\/khcn$/m);
    },
  );

  it('khcn-backup.service backs up into a root-only folder and prunes after', () => {
    const text = readFileSync(join(unitsDir, 'khcn-backup.service'), 'utf8');
    const steps = [...text.matchAll(/^ExecStart=(\S+) (\S+)$/gm)].map((m) => [m[1], m[2]]);
    expect(steps).toEqual([
      ['/opt/khcn/current/infra/scripts/backup.sh', '/var/backups/khcn'],
      ['/opt/khcn/current/infra/scripts/prune-backups.sh', '/var/backups/khcn'],
    ]);
    expect(text).toMatch(/^User=root$/m);
    expect(text).toMatch(/^UMask=0077$/m);
  });

  it('the env file example names every setting production requires, and the cache outside the code folder', () => {
    const text = readFileSync(join(unitsDir, 'khcn.env.example'), 'utf8');
    for (const line of [
      'NODE_ENV=production',
      'TRUST_PROXY=true',
      'FILES_DIR=/srv/khcn/files',
      'SITE_ROOT=/srv/khcn/site',
      'CACHE_DIR=/srv/khcn/cache',
    ])
      expect(text).toContain(`\n${line}\n`);
    expect(text).toMatch(/^DATABASE_URL=postgres:\/\/khcn:[^@]+@127\.0\.0\.1:5432\/khcn$/m);
  });
});
