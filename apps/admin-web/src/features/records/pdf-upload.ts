import { trpcUrl } from '../../app/trpc.ts';

export type UploadProgress = { loaded: number; total: number };
export type UploadedPdf = { id: string; version: number; fileId: string; bytes: number; sha256: string };

/** Thrown with the API's error body so the caller can read `data.userMessage` like any tRPC error. */
export class UploadError extends Error {
  readonly data: Record<string, unknown> | undefined;
  constructor(message: string, data?: Record<string, unknown>) {
    super(message);
    this.name = 'UploadError';
    this.data = data;
  }
}

/** What tRPC answers to the upload: the result's data, or the error with its message and data. */
type UploadResponse = {
  result?: { data?: UploadedPdf };
  error?: { message?: string; data?: Record<string, unknown> };
};

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/**
 * Uploads a publication's PDF to `records.uploadPublicationPdf` with XMLHttpRequest, which reports upload
 * progress (fetch does not, in most browsers). The body is the procedure's JSON input, as tRPC's own link
 * would send it.
 */
export async function uploadPublicationPdf(
  args: { id: string; version: number; file: File },
  onProgress: (p: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<UploadedPdf> {
  const bytes = new Uint8Array(await args.file.arrayBuffer());
  const body = JSON.stringify({
    id: args.id,
    version: args.version,
    fileName: args.file.name,
    pdf: toBase64(bytes),
  });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${trpcUrl}/records.uploadPublicationPdf`);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total });
    };
    xhr.onload = () => {
      let parsed: UploadResponse | null = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: handled below
      }
      if (xhr.status >= 200 && xhr.status < 300 && parsed?.result) {
        resolve(parsed.result.data as UploadedPdf);
        return;
      }
      const error = parsed?.error;
      reject(
        new UploadError(
          error?.message ?? `Tải lên thất bại (mã ${xhr.status}).`,
          error?.data ?? { httpStatus: xhr.status },
        ),
      );
    };
    xhr.onerror = () => reject(new TypeError('Mất kết nối mạng khi tải lên.'));
    xhr.onabort = () => reject(new UploadError('Đã hủy tải lên.', { userMessage: 'Đã hủy tải lên.' }));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}
