import { formatNumber } from '../format/vietnamese-format.ts';

/** Largest PDF a staff member may upload (a publication's bulletin). */
export const MAX_PDF_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * Largest request body the admin host accepts, in whole MiB: a PDF of MAX_PDF_UPLOAD_BYTES travels as base64 in
 * JSON (a third larger) with room to spare. nginx's `client_max_body_size` for the admin host is this number
 * (infra/nginx/admin-site.conf, checked by a test): never below the API's own limits, so a request too large is
 * refused by the API with its JSON message, and a larger one by nginx with a 413 the admin app names.
 */
export const MAX_REQUEST_BODY_MIB = 40;

/** What staff read when a request was too large (413), from the API or from the proxy in front of it. */
export const uploadTooLargeMessage = `Tệp hoặc dữ liệu gửi lên quá lớn: máy chủ chỉ nhận tệp PDF tối đa ${formatNumber(MAX_PDF_UPLOAD_BYTES / 1024 / 1024)} MB. Hãy giảm dung lượng tệp (nén hoặc tách) rồi gửi lại.`;
