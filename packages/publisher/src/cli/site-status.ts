// `pnpm site:status` / `khcn site:status`: each release target's live release and the releases it keeps, then the
// recent publications and their stages.
import { formatDateTime } from '@khcn/domain';
import { listPublications } from '@khcn/db';
import { targetsOf } from '../run-publication.ts';
import { openPublisher } from './publisher-env.ts';

const deps = await openPublisher();
const targets = targetsOf(deps);
try {
  console.log('Nơi phát hành:');
  const keptBy = new Map<string, string[]>();
  for (const target of targets) {
    try {
      const [live, kept] = await Promise.all([target.currentReleaseId(), target.listReleaseIds()]);
      keptBy.set(target.name, kept);
      console.log(`  ${target.description}`);
      console.log(`    đang công khai: ${live ?? '(chưa có)'}; giữ ${kept.length} bản`);
    } catch (error) {
      process.exitCode = 1;
      console.log(`  ${target.description}`);
      console.log(`    KHÔNG ĐỌC ĐƯỢC: ${(error as Error).message}`);
    }
  }
  console.log('Các lượt xuất bản gần nhất:');
  for (const p of await listPublications(deps.db, { limit: 15 })) {
    const when = formatDateTime(p.requestedAt);
    const keptOn = targets.filter((t) => keptBy.get(t.name)?.includes(p.id)).map((t) => t.name);
    console.log(
      `${p.id}  ${p.status.padEnd(10)} ${p.trigger.padEnd(8)} ${when}  ${p.pageCount ?? ''} trang ${keptOn.length > 0 ? `còn bản trên ${keptOn.join(', ')}` : ''} ${p.error ?? ''}`,
    );
  }
} finally {
  for (const target of targets) await target.close();
  await deps.close();
}
