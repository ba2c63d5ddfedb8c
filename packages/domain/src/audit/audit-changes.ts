import { roleLabels } from '../auth/role.rules.ts';
import { formatDate, formatDateTime, formatReportNumber } from '../format/vietnamese-format.ts';
import { editionStatusLabels } from '../report/report.schema.ts';
import { fieldLabels } from '../validation/field-labels.ts';

/** One change of an audit entry as staff read it: "Trạng thái: Đã trình → Đã duyệt". */
export type AuditChange = { field: string; before: string | null; after: string | null };

/** Names of the fields the use cases write into the audit log, beyond those of the input schemas. */
const auditFieldLabels: Record<string, string> = {
  ...fieldLabels,
  submittedBy: 'Người trình',
  approvedBy: 'Người phê duyệt',
  contentHash: 'Mã băm nội dung',
  reviewedHash: 'Mã băm lãnh đạo đã xem',
  publicationId: 'Lượt xuất bản',
  sourceEditionId: 'Sao chép từ',
  fromPreviousMonth: 'Bắt đầu từ tháng trước',
  clientAddress: 'Địa chỉ truy cập',
  otherSessionsEnded: 'Số phiên khác đã đăng xuất',
  sessionsEnded: 'Số phiên đã đăng xuất',
  mustChangePassword: 'Phải đổi mật khẩu',
  fileName: 'Tên tệp',
  bytes: 'Dung lượng (byte)',
  sha256: 'Mã băm tệp',
  pdfFileId: 'Tệp PDF',
  pageCount: 'Số trang',
  releaseDir: 'Thư mục bản phát hành',
  trigger: 'Lý do xuất bản',
  approved: 'Đã duyệt',
  source: 'Nguồn',
  version: 'Phiên bản',
  outcome: 'Kết quả',
};

/** Codes the use cases record as a reason, in words. */
const reasonLabels: Record<string, string> = {
  wrong_credentials: 'Sai tên đăng nhập hoặc mật khẩu',
  wrong_current_password: 'Sai mật khẩu hiện tại',
  locked_account: 'Tài khoản đang tạm khóa do đăng nhập sai nhiều lần',
  locked_address: 'Địa chỉ truy cập đang tạm bị chặn',
  disabled: 'Tài khoản đã bị khóa',
  CONFLICT: 'Người khác đã lưu trước (xung đột phiên bản)',
  CONTENT_CHANGED: 'Nội dung đã thay đổi sau khi trình',
  SELF_APPROVAL: 'Người trình tự phê duyệt',
};

/** Statuses other than an edition's (publications, listings). */
const statusLabels: Record<string, string> = {
  ...editionStatusLabels,
  queued: 'Chờ xử lý',
  live: 'Đang công khai',
  failed: 'Lỗi',
  superseded: 'Đã có bản mới hơn',
  retired: 'Đã thay thế',
  active: 'Đang hiệu lực',
  expired: 'Hết hạn',
  withdrawn: 'Đã rút',
};

const triggerLabels: Record<string, string> = {
  approval: 'Sau khi phê duyệt báo cáo',
  manual: 'Xuất bản thủ công',
  rollback: 'Quay lui',
  startup: 'Lần đầu khởi động',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const HEX_HASH = /^[0-9a-f]{40,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A value as words: names for ids, Vietnamese for codes, dd/mm/yyyy for dates, never JSON. */
function formatValue(key: string, value: unknown, names: ReadonlyMap<string, string>): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return new Intl.NumberFormat('vi-VN').format(value);
  if (typeof value === 'string') {
    const named = names.get(value);
    if (named) return named;
    if (key === 'reason') return reasonLabels[value] ?? value;
    if (key === 'status') return statusLabels[value] ?? value;
    if (key === 'trigger') return triggerLabels[value] ?? value;
    if (ISO_DATE.test(value)) return formatDate(value);
    if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value);
    if (HEX_HASH.test(value)) return `${value.slice(0, 12)}…`;
    if (UUID.test(value)) return `mã ${value.slice(0, 8)}`;
    return value;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string' || typeof v === 'number')) {
      const words = value.map((v) =>
        key === 'roles' ? (roleLabels[v as keyof typeof roleLabels] ?? String(v)) : String(v),
      );
      return words.length > 0 ? words.join(', ') : '(trống)';
    }
    return `${value.length} mục`;
  }
  if (isObject(value) && typeof value.sequence === 'number' && typeof value.symbol === 'string') {
    return formatReportNumber(value.sequence, value.symbol);
  }
  return null;
}

/** Leaves of an object as "path -> value", descending into objects (not into arrays, which are summarised). */
function leaves(
  value: unknown,
  path: string[] = [],
  out = new Map<string, { key: string; value: unknown }>(),
) {
  if (isObject(value) && !(typeof value.sequence === 'number' && typeof value.symbol === 'string')) {
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  } else if (path.length > 0) {
    out.set(path.join('.'), { key: path.at(-1)!, value });
  }
  return out;
}

/**
 * The changes an audit entry records, as staff read them: each field by its Vietnamese name, its value before
 * and after in words (people's and reports' names for their ids via `names`, Vietnamese for statuses and reason
 * codes, dd/mm/yyyy dates, a count for a list of items), never raw JSON. A field whose value did not change is
 * left out; an entry with only `after` (a creation) lists what was set.
 */
export function describeAuditChanges(
  before: unknown,
  after: unknown,
  names: ReadonlyMap<string, string> = new Map(),
): AuditChange[] {
  const was = leaves(before);
  const is = leaves(after);
  const changes: AuditChange[] = [];
  for (const path of new Set([...was.keys(), ...is.keys()])) {
    const a = was.get(path);
    const b = is.get(path);
    if (a && b && JSON.stringify(a.value) === JSON.stringify(b.value)) continue;
    const key = (b ?? a)!.key;
    const beforeText = a ? formatValue(key, a.value, names) : null;
    let afterText = b ? formatValue(key, b.value, names) : null;
    // Two lists of the same length read the same ("3 mục"): say that their items changed.
    if (afterText !== null && afterText === beforeText) afterText = `${afterText} (có sửa đổi)`;
    if (beforeText === null && afterText === null) continue;
    changes.push({
      field: auditFieldLabels[key] ?? fieldLabels[key] ?? key,
      before: beforeText,
      after: afterText,
    });
  }
  return changes;
}
