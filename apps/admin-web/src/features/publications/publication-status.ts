/** The publishing pipeline's stages and states, in Vietnamese. */
export const pipelineStages = ['exporting', 'building', 'indexing', 'checking', 'switching'] as const;

export const stageLabels: Record<string, string> = {
  queued: 'Chờ xử lý',
  exporting: 'Xuất dữ liệu',
  building: 'Dựng trang',
  indexing: 'Lập chỉ mục tìm kiếm',
  checking: 'Kiểm tra',
  switching: 'Chuyển sang bản mới',
  live: 'Đang công khai',
  failed: 'Lỗi',
  superseded: 'Đã có bản mới hơn',
  retired: 'Đã thay thế',
};

export const triggerLabels: Record<string, string> = {
  approval: 'Sau khi phê duyệt báo cáo',
  manual: 'Xuất bản thủ công',
  rollback: 'Quay lại bản trước',
  startup: 'Khởi động hệ thống',
};

const finalStates = new Set(['live', 'failed', 'superseded', 'retired']);

export function isPublicationRunning(status: string): boolean {
  return !finalStates.has(status);
}

export const statusColor = (status: string) =>
  status === 'live' ? 'green' : status === 'failed' ? 'red' : isPublicationRunning(status) ? 'blue' : 'gray';
