import { formatNumber, MAX_PDF_UPLOAD_BYTES } from '@khcn/domain';
import { Alert, Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { describeApiError, isSessionExpiredError } from '../../app/api-error.ts';
import { reportSessionExpired } from '../../app/query-client.ts';
import { type UploadProgress, uploadPublicationPdf } from './pdf-upload.ts';

const MAX_BYTES = MAX_PDF_UPLOAD_BYTES;

/** Attaches the PDF of a bulletin or publication, showing the upload's progress. */
export function PdfUploadPanel({
  id,
  version,
  hasPdf,
  onUploaded,
  onSessionExpired,
}: {
  id: string;
  version: number;
  hasPdf: boolean;
  onUploaded: () => void;
  onSessionExpired?: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  const uploading = progress !== null && !done && !error;

  const start = async () => {
    if (!file) return;
    if (file.type && file.type !== 'application/pdf') {
      setError('Tệp PDF: chỉ nhận tệp .pdf');
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(`Tệp PDF: không được lớn hơn ${formatNumber(MAX_BYTES / 1024 / 1024)} MB`);
      return;
    }
    setError(null);
    setDone(false);
    setProgress({ loaded: 0, total: file.size });
    abort.current = new AbortController();
    try {
      await uploadPublicationPdf({ id, version, file }, setProgress, abort.current.signal);
      setDone(true);
      setFile(null);
      onUploaded();
    } catch (e) {
      if (isSessionExpiredError(e)) (onSessionExpired ?? reportSessionExpired)();
      setError(describeApiError(e));
    }
  };

  return (
    <Stack gap="xs">
      <Text size="sm">
        {hasPdf ? 'Ấn phẩm đã có tệp PDF; tải tệp mới để thay thế.' : 'Ấn phẩm chưa có tệp PDF.'}
      </Text>
      <Group align="flex-end" gap="sm">
        <FileInput
          label="Tệp PDF"
          placeholder="Chọn tệp .pdf (tối đa 20 MB)"
          accept="application/pdf"
          value={file}
          onChange={(f) => {
            setFile(f);
            setDone(false);
            setError(null);
            setProgress(null);
          }}
          clearable
          w={360}
          disabled={uploading}
        />
        <Button onClick={start} disabled={!file || uploading}>
          Tải lên
        </Button>
        {uploading ? (
          <Button variant="default" onClick={() => abort.current?.abort()}>
            Hủy
          </Button>
        ) : null}
      </Group>
      {progress ? (
        <Progress.Root size="lg">
          <Progress.Section
            value={percent}
            color={error ? 'red' : done ? 'teal' : 'blue'}
            aria-label="Tiến độ tải lên"
          />
        </Progress.Root>
      ) : null}
      <Text size="sm" role="status" aria-live="polite">
        {uploading
          ? `Đang tải lên: ${percent}% (${formatNumber(Math.round((progress?.loaded ?? 0) / 1024))} / ${formatNumber(Math.round((progress?.total ?? 0) / 1024))} KB)`
          : done
            ? 'Đã tải lên tệp PDF.'
            : ''}
      </Text>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      ) : null}
    </Stack>
  );
}
