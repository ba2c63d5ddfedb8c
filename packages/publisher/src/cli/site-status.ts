// `pnpm site:status`: which publication is live, the recent ones and their stages.
import { formatDateTime } from '@khcn/domain';
import { listPublications } from '@khcn/db';
import { openPublisher } from './publisher-env.ts';

const deps = await openPublisher();
try {
  const current = await deps.store.currentReleaseId();
  console.log(`Đang công khai: ${current ?? '(chưa có)'}  (${deps.store.currentLink})`);
  for (const p of await listPublications(deps.db, { limit: 15 })) {
    const when = formatDateTime(p.requestedAt);
    const releaseKept = (await deps.store.listReleaseIds()).includes(p.id) ? 'còn bản' : '';
    console.log(
      `${p.id}  ${p.status.padEnd(10)} ${p.trigger.padEnd(8)} ${when}  ${p.pageCount ?? ''} trang ${releaseKept} ${p.error ?? ''}`,
    );
  }
} finally {
  await deps.close();
}
