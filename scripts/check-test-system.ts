/**
 * `pnpm test` starts here: within a second it checks that the Debian packages the tests drive are installed
 * (Chromium, LibreOffice, poppler-utils, nginx, systemd-analyze, a Times-metric font with Vietnamese glyphs, and
 * the PostgreSQL client when DATABASE_URL is set). If anything is missing it prints ONE message naming all of it
 * and the one command that installs it, and exits 1 before a single test runs.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const INSTALL_COMMAND = 'bash .ci/install-system.sh';

/** Codepoints every Vietnamese text needs beyond ASCII: ă â đ ê ô ơ ư and the toned letters. */
const VIETNAMESE_CHARSET = '102-103 110-111 128-129 168-169 1a0-1a1 1af-1b0 1ea0-1ef9';

type Requirement = { what: string; package: string; present: (env: NodeJS.ProcessEnv) => boolean };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `command -v` without a shell: an executable of that name in a PATH folder. */
function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => isExecutable(join(dir, command)));
}

/** Every style of the family LibreOffice takes for Times New Roman has the Vietnamese letters. */
function hasVietnameseTimesFont(env: NodeJS.ProcessEnv): boolean {
  if (!onPath('fc-list', env)) return false;
  const listed = spawnSync('fc-list', [`:family=Liberation Serif:charset=${VIETNAMESE_CHARSET}`, 'style'], {
    env,
    encoding: 'utf8',
    timeout: 5_000,
  });
  const styles = new Set(
    (listed.stdout ?? '')
      .split('\n')
      .map((l) =>
        l
          .replace(/^:?style=/, '')
          .split(',')[0]
          ?.trim(),
      )
      .filter(Boolean),
  );
  return ['Regular', 'Bold', 'Italic', 'Bold Italic'].every((s) => styles.has(s));
}

export const requirements: Requirement[] = [
  {
    what: 'Chromium',
    package: 'chromium',
    present: (env) => isExecutable(env.CHROMIUM_PATH || '/usr/bin/chromium'),
  },
  {
    what: 'soffice (LibreOffice)',
    package: 'libreoffice-writer-nogui',
    present: (env) => onPath('soffice', env),
  },
  ...['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'].map((command) => ({
    what: command,
    package: 'poppler-utils',
    present: (env: NodeJS.ProcessEnv) => onPath(command, env),
  })),
  {
    what: 'phông Liberation Serif 2 có đủ chữ tiếng Việt',
    package: 'fonts-liberation2',
    present: hasVietnameseTimesFont,
  },
  { what: 'nginx', package: 'nginx-light', present: (env) => onPath('nginx', env) },
  { what: 'systemd-analyze', package: 'systemd', present: (env) => onPath('systemd-analyze', env) },
  ...['pg_dump', 'pg_restore', 'psql'].map((command) => ({
    what: `${command} (vì DATABASE_URL được đặt)`,
    package: 'postgresql-client',
    present: (env: NodeJS.ProcessEnv) => !env.DATABASE_URL || onPath(command, env),
  })),
];

/** The one message for what is missing, or null when the machine has everything. */
export function describeMissing(env: NodeJS.ProcessEnv): string | null {
  const missing = requirements.filter((r) => !r.present(env));
  if (missing.length === 0) return null;
  const packages = [...new Set(missing.map((r) => r.package))];
  return (
    `[khcn] Máy này thiếu phần mềm mà \`pnpm test\` cần: ${missing.map((r) => r.what).join(', ')} ` +
    `(gói Debian: ${packages.join(' ')}). Cài tất cả bằng một lệnh (quyền root): ${INSTALL_COMMAND}`
  );
}

if (import.meta.main) {
  const message = describeMissing(process.env);
  if (message) {
    console.error(message);
    process.exit(1);
  }
}
