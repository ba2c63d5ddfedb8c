/**
 * A site publication's statuses and stages, in one place: the database's check constraint, the publisher, the
 * worker's crash recovery, `pnpm start` and the admin app's Xuất bản screen all read them here.
 */

/** The pipeline, in order. `uploading` is one stage per release target (local folder, SSH host, S3 bucket). */
export const publicationPipelineStages = [
  'exporting',
  'building',
  'indexing',
  'checking',
  'uploading',
  'switching',
] as const;
export type PublicationPipelineStage = (typeof publicationPipelineStages)[number];

export const publicationFinalStatuses = ['live', 'failed', 'superseded', 'retired'] as const;

export const publicationStatuses = [
  'queued',
  ...publicationPipelineStages,
  ...publicationFinalStatuses,
] as const;
export type PublicationStatus = (typeof publicationStatuses)[number];

/** A publication in one of these is being worked on (or waits for a worker). */
export function isPublicationRunning(status: string): boolean {
  return !(publicationFinalStatuses as readonly string[]).includes(status);
}

/** Left in one of these by a worker that died: the stage never finished. */
export function isPublicationMidStage(status: string): boolean {
  return (publicationPipelineStages as readonly string[]).includes(status);
}

export const publicationStatusLabels: Record<PublicationStatus, string> = {
  queued: 'Chờ xử lý',
  exporting: 'Xuất dữ liệu',
  building: 'Dựng trang',
  indexing: 'Lập chỉ mục tìm kiếm',
  checking: 'Kiểm tra',
  uploading: 'Tải lên nơi phát hành',
  switching: 'Chuyển sang bản mới',
  live: 'Đang công khai',
  failed: 'Lỗi',
  superseded: 'Đã có bản mới hơn',
  retired: 'Đã thay thế',
};

/** Where a release is published (ADR 0016). */
export const releaseTargetKinds = ['local', 'ssh', 's3'] as const;
export type ReleaseTargetKind = (typeof releaseTargetKinds)[number];

export const releaseTargetKindLabels: Record<ReleaseTargetKind, string> = {
  local: 'thư mục trên máy này',
  ssh: 'máy chủ qua SSH',
  s3: 'kho lưu trữ S3',
};

/** Progress of one target's stage, kept on the publication row as it advances. */
export type ReleaseTargetProgress = {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
};
