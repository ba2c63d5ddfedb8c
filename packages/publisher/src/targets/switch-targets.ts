import type { ReleaseTarget } from './release-target.ts';

/**
 * Switches every target to `releaseId`, in order. If one fails, the targets already switched (and the one that
 * failed, which may be half-way on S3) are put back on the release each had before, so every target stays on its
 * last good release; the error says what failed and whether putting back worked, in Vietnamese.
 */
export async function switchTargets(
  targets: readonly ReleaseTarget[],
  releaseId: string,
  log: (line: string) => void,
): Promise<void> {
  const previous = new Map<ReleaseTarget, string | null>();
  for (const target of targets) {
    let before: string | null = null;
    try {
      before = await target.currentReleaseId();
      // An atomic switch that failed changed nothing: only the targets switched before it are put back.
      if (!target.atomicSwitch) previous.set(target, before);
      await target.activate(releaseId, log);
      previous.set(target, before);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const undo = [...previous.keys()].reverse();
      const notRestored: string[] = [];
      for (const t of undo) {
        const before = previous.get(t) ?? null;
        if (before === releaseId) continue;
        try {
          await t.activate(before, log);
          log(`${t.name}: đã trả về ${before ?? '(không có bản nào)'}.`);
        } catch (restoreError) {
          notRestored.push(t.name);
          log(`${t.name}: chưa trả về được: ${(restoreError as Error).message}`);
        }
      }
      const outcome =
        undo.length === 0
          ? ''
          : notRestored.length === 0
            ? ' Các đích đã chuyển được trả về bản trước.'
            : ` Chưa trả về được ${notRestored.join(', ')}: lần xuất bản hoặc quay lui sau sẽ đưa về một bản đầy đủ.`;
      throw new Error(`${reason}${outcome}`, { cause: error });
    }
  }
}
