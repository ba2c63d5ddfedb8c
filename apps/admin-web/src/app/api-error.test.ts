import { describe, expect, it } from 'vitest';
import { UploadError } from '../features/records/pdf-upload.ts';
import { describeApiError, httpStatusOf } from './api-error.ts';

describe('describeApiError for a request that is too large (413)', () => {
  it('names the limit when nginx refused the upload (an HTML page, no API error body)', () => {
    // What uploadPublicationPdf rejects with when the proxy answers 413 with its own page.
    const error = new UploadError('Upload failed (413)', { httpStatus: 413 });
    expect(httpStatusOf(error)).toBe(413);
    expect(describeApiError(error)).toBe(
      'Tệp hoặc dữ liệu gửi lên quá lớn: máy chủ chỉ nhận tệp PDF tối đa 20 MB. Hãy giảm dung lượng tệp (nén hoặc tách) rồi gửi lại.',
    );
  });

  it('names the limit for a tRPC call whose response was not JSON (the status is on meta.response)', () => {
    const error = Object.assign(new Error('Unexpected token <'), { meta: { response: { status: 413 } } });
    expect(describeApiError(error)).toContain('tối đa 20 MB');
  });

  it("still prefers the API's own message, and says nothing of size for other failures", () => {
    expect(
      describeApiError(new UploadError('x', { httpStatus: 413, userMessage: 'Thông điệp của API.' })),
    ).toBe('Thông điệp của API.');
    expect(describeApiError(new UploadError('x', { httpStatus: 502 }))).toBe(
      'Đã có lỗi xảy ra; vui lòng thử lại.',
    );
  });
});
