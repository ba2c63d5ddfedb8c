import { publicationPipelineStages } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { describeProgress, describeTarget, pipelineStages, stageLabels } from './publication-status.ts';

describe('the Xuất bản screen’s words for stages and release targets', () => {
  it('shows every stage of the pipeline in Vietnamese, the upload to release targets included', () => {
    expect(pipelineStages).toEqual(publicationPipelineStages);
    expect(pipelineStages).toContain('uploading');
    for (const stage of pipelineStages) expect(stageLabels[stage], stage).toMatch(/\p{L}/u);
    expect(stageLabels.uploading).toBe('Tải lên nơi phát hành');
  });

  it('names a target by its name and kind, and its progress in files and bytes', () => {
    expect(describeTarget({ name: 'dmz', kind: 'ssh' })).toBe('dmz (máy chủ qua SSH)');
    expect(describeTarget({ name: 'cdn', kind: 's3' })).toBe('cdn (kho lưu trữ S3)');
    expect(
      describeProgress({ files: 222, totalFiles: 16_070, bytes: 3_400_000, totalBytes: 310_000_000 }),
    ).toBe('đã gửi 222 tệp (3,2 MB); bản phát hành có 16.070 tệp (295,6 MB)');
    expect(describeProgress({ files: 0, totalFiles: 3, bytes: 0, totalBytes: 900 })).toBe(
      'đã gửi 0 tệp (0 B); bản phát hành có 3 tệp (900 B)',
    );
  });
});
