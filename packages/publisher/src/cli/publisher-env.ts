import { parseArgs } from 'node:util';
import { type Config, loadServiceConfigOrExit } from '@khcn/config';
import { openConfiguredDb } from '@khcn/db';
import { createConfiguredPublisher } from '../configured-publisher.ts';
import type { PublisherDeps } from '../run-publication.ts';

export function cliArgs() {
  return parseArgs({
    allowPositionals: true,
    strict: false,
    // `--as <name>`: who runs the command, for the audit log (a value, not a flag).
    options: { as: { type: 'string' } },
    args: process.argv.slice(2).filter((a) => a !== '--'),
  });
}

/** The maintainers' CLIs: the configuration (refusing to guess in production) and the publisher it describes. */
export async function openPublisher(
  config: Config = loadServiceConfigOrExit(),
): Promise<PublisherDeps & { config: Config; close(): Promise<void> }> {
  // Root would leave root-owned releases in SITE_ROOT that the service user can then neither prune nor replace.
  if (config.isProduction && process.getuid?.() === 0) {
    console.error(
      'Không chạy lệnh xuất bản bằng root trên máy chủ: hãy dùng `khcn site:publish` (chạy bằng người dùng dịch vụ khcn với tệp cấu hình).',
    );
    process.exit(2);
  }
  const handle = await openConfiguredDb(config, { poolSize: 2 });
  const logger = {
    info: (obj: object, msg?: string) => console.log(msg ?? '', JSON.stringify(obj)),
    error: (obj: object, msg?: string) => console.error(msg ?? '', obj),
  };
  return {
    ...createConfiguredPublisher(config, { db: handle.db, logger }),
    config,
    close: () => handle.close(),
  };
}
