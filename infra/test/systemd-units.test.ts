import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const unitsDir = fileURLToPath(new URL('../systemd/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const units = readdirSync(unitsDir).filter((f) => f.endsWith('.service'));

describe('systemd units', () => {
  it.each(units)('%s passes systemd-analyze verify and starts a file of this repository', (unit) => {
    const text = readFileSync(join(unitsDir, unit), 'utf8');
    const script = /^ExecStart=.* (\S+)$/m.exec(text)![1]!;
    expect(existsSync(join(repoRoot, script)), `${script} must exist`).toBe(true);
    expect(text).toMatch(/^Restart=on-failure$/m);
    expect(text).toMatch(/^EnvironmentFile=\/etc\/khcn\/khcn.env$/m);
    // Verify against this checkout: the install paths become this repository and this Node.
    const dir = mkdtempSync(join(tmpdir(), 'khcn-units-'));
    const local = text
      .replaceAll('/opt/khcn/current', repoRoot.replace(/\/$/, ''))
      .replace('/usr/local/bin/node', process.execPath)
      .replace(/^User=.*$/m, 'User=root')
      .replace(/^Group=.*$/m, 'Group=root');
    writeFileSync(join(dir, unit), local);
    execFileSync('systemd-analyze', ['verify', join(dir, unit)], { stdio: 'pipe' });
  });
});
