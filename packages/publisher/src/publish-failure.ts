/** Why a publication failed, in Vietnamese, naming the system's own code (ENOSPC...) so an operator can act. */

type ErrnoError = Error & { code?: string; path?: string; syscall?: string };

const byCode: Record<string, (where: string) => string> = {
  ENOSPC: (where) =>
    `Hết dung lượng đĩa (ENOSPC)${where}: giải phóng chỗ trống trên máy chủ rồi xuất bản lại.`,
  EDQUOT: (where) => `Hết hạn mức dung lượng đĩa (EDQUOT)${where}.`,
  EACCES: (where) => `Không có quyền ghi (EACCES)${where}: kiểm tra chủ sở hữu và quyền của thư mục.`,
  EPERM: (where) => `Không được phép thao tác (EPERM)${where}: kiểm tra quyền của thư mục.`,
  EROFS: (where) => `Ổ đĩa chỉ cho đọc (EROFS)${where}.`,
  EMFILE: (where) => `Mở quá nhiều tệp cùng lúc (EMFILE)${where}.`,
};

/** The message recorded on a failed publication (its `error` and the last line of its stage log). */
export function describePublishFailure(error: unknown): string {
  if (error instanceof WorkDirError) return error.message;
  const e = error as ErrnoError;
  const message = error instanceof Error ? error.message : String(error);
  const where = e?.path ? ` khi ${e.syscall === 'mkdir' ? 'tạo' : 'ghi'} ${e.path}` : '';
  if (e?.code && byCode[e.code]) return byCode[e.code]!(where);
  // A child process (the site build) failing for lack of space says so only in its output.
  const code = /\b(ENOSPC|EDQUOT|EACCES|EPERM|EROFS)\b/.exec(message)?.[1];
  if (code) return `${byCode[code]!('')} Chi tiết: ${message}`;
  if (e?.code) return `Lỗi hệ thống tệp (${e.code})${where}: ${message}`;
  return message;
}

/** The attempt's work folder could not be made: the release root is not usable. */
export class WorkDirError extends Error {
  constructor(path: string, cause: unknown) {
    const code = (cause as ErrnoError)?.code ?? 'lỗi';
    const hint =
      code === 'ENOSPC'
        ? 'hết dung lượng đĩa'
        : 'kiểm tra SITE_ROOT: thư mục phải tồn tại và tài khoản chạy dịch vụ ghi được vào đó';
    super(`Không tạo được thư mục làm việc ${path} (${code}): ${hint}.`, { cause });
    this.name = 'WorkDirError';
  }
}
