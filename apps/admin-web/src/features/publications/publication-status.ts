/**
 * The publishing pipeline's stages and states, in Vietnamese: defined once in the domain (publication-stages.ts),
 * shown here with the screen's colours.
 */
import {
  formatNumber,
  isPublicationRunning,
  publicationPipelineStages,
  publicationStatusLabels,
  type ReleaseTargetKind,
  type ReleaseTargetProgress,
  releaseTargetKindLabels,
} from '@khcn/domain';

export { isPublicationRunning };
export const pipelineStages = publicationPipelineStages;
export const stageLabels: Record<string, string> = publicationStatusLabels;

export const triggerLabels: Record<string, string> = {
  approval: 'Sau khi phê duyệt báo cáo',
  manual: 'Xuất bản thủ công',
  rollback: 'Quay lại bản trước',
  startup: 'Khởi động hệ thống',
};

export const statusColor = (status: string) =>
  status === 'live' ? 'green' : status === 'failed' ? 'red' : isPublicationRunning(status) ? 'blue' : 'gray';

/** "dmz (máy chủ qua SSH)". */
export function describeTarget(target: { name: string; kind: ReleaseTargetKind }): string {
  return `${target.name} (${releaseTargetKindLabels[target.kind] ?? target.kind})`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10)} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** "đã gửi 12 tệp (340 KB); bản phát hành có 8.000 tệp (300 MB)". */
export function describeProgress(progress: ReleaseTargetProgress): string {
  return `đã gửi ${formatNumber(progress.files)} tệp (${formatBytes(progress.bytes)}); bản phát hành có ${formatNumber(progress.totalFiles)} tệp (${formatBytes(progress.totalBytes)})`;
}
