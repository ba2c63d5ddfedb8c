import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';

describe("the maintainer CLIs' arguments", () => {
  it("read `--as <name>` as the maintainer's name, not as a flag followed by a positional", async () => {
    const argv = process.argv;
    process.argv = ['node', 'site-rollback.ts', 'pub-1', '--as', 'Nguyễn Văn Bảo Trì'];
    try {
      const { cliArgs } = await import('./publisher-env.ts');
      const args = cliArgs();
      expect(args.positionals).toEqual(['pub-1']);
      expect(args.values.as).toBe('Nguyễn Văn Bảo Trì');
    } finally {
      process.argv = argv;
    }
    // What the parser did before: a flag, and the name taken for a second positional.
    const loose = parseArgs({ args: ['pub-1', '--as', 'X'], allowPositionals: true, strict: false });
    expect(loose.values.as).toBe(true);
  });
});
