import { zodResolver } from '@hookform/resolvers/zod';
import { type ReportContent, reportContentSchema, type signingAuthorities } from '@khcn/domain';
import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Controller, get, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';

/** The frame of an edition: everything but the sections (the `reports.updateFrame` input's `frame`). */
export const frameSchema = reportContentSchema.pick({
  subject: true,
  place: true,
  closing: true,
  recipients: true,
  archive: true,
  signature: true,
});
export type Frame = z.infer<typeof frameSchema>;

const authorityLabels: Record<keyof typeof signingAuthorities, string> = {
  none: 'Ký trực tiếp',
  deputy: 'KT. (ký thay)',
  acting: 'Q. (quyền)',
  on_behalf: 'TM. (thay mặt)',
};

export function frameOf(content: ReportContent): Frame {
  const { subject, place, closing, recipients, archive, signature } = content;
  return { subject, place, closing, recipients, archive, signature };
}

/** Subject line, place, closing, recipients ("Nơi nhận"), archive codes and the signature block. */
export function FrameForm({
  initial,
  readOnly,
  onSubmit,
  onCancel,
  errorMessage,
  isSubmitting,
  withSubject = true,
  submitLabel = 'Lưu phần khung',
}: {
  initial: Frame;
  /** False for the department's default frame (Thông tin đơn vị): each report's subject is its own. */
  withSubject?: boolean;
  submitLabel?: string;
  readOnly: boolean;
  onSubmit: (frame: Frame) => Promise<void> | void;
  /** Without it (the settings page) there is no Hủy/Đóng button. */
  onCancel?: () => void;
  errorMessage?: string | null;
  isSubmitting?: boolean;
}) {
  const form = useForm<z.input<typeof frameSchema>, unknown, Frame>({
    resolver: zodResolver(frameSchema),
    defaultValues: initial,
  });
  const recipients = useFieldArray({ control: form.control, name: 'recipients' });
  const err = (p: string) => (get(form.formState.errors, p) as { message?: string } | undefined)?.message;
  return (
    <form noValidate aria-label="Phần khung báo cáo" onSubmit={form.handleSubmit((v) => onSubmit(v))}>
      <Stack gap="sm">
        {errorMessage ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage}
          </Alert>
        ) : null}
        {withSubject ? (
          <Textarea
            label="Trích yếu"
            autosize
            minRows={2}
            readOnly={readOnly}
            error={err('subject')}
            {...form.register('subject')}
          />
        ) : null}
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Địa danh"
              readOnly={readOnly}
              error={err('place')}
              {...form.register('place')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label="Câu kết"
              readOnly={readOnly}
              error={err('closing')}
              {...form.register('closing')}
            />
          </Grid.Col>
        </Grid>
        <Title order={3} size="h5">
          Nơi nhận
        </Title>
        {recipients.fields.map((field, i) => (
          <Group key={field.id} align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              label={`Nơi nhận ${i + 1}`}
              readOnly={readOnly}
              error={err(`recipients.${i}.name`)}
              style={{ flex: 1 }}
              {...form.register(`recipients.${i}.name`)}
            />
            <Controller
              control={form.control}
              name={`recipients.${i}.forReport`}
              render={({ field: f }) => (
                <Checkbox
                  label="Để báo cáo"
                  checked={Boolean(f.value)}
                  onChange={(e) => f.onChange(e.currentTarget.checked)}
                  disabled={readOnly}
                  mb={8}
                />
              )}
            />
            {readOnly ? null : (
              <Button
                variant="default"
                size="xs"
                mb={4}
                onClick={() => recipients.remove(i)}
                aria-label={`Bỏ nơi nhận ${i + 1}`}
              >
                Bỏ
              </Button>
            )}
          </Group>
        ))}
        {readOnly ? null : (
          <Button
            variant="light"
            size="xs"
            w="fit-content"
            onClick={() => recipients.append({ name: '', forReport: false })}
          >
            Thêm nơi nhận
          </Button>
        )}
        <Controller
          control={form.control}
          name="archive"
          render={({ field }) => (
            <TagsInput
              label="Lưu (mã đơn vị)"
              description="VD: VT, VPTr; nhấn Enter sau mỗi mã."
              value={field.value ?? []}
              onChange={field.onChange}
              readOnly={readOnly}
              error={err('archive')}
            />
          )}
        />
        <Title order={3} size="h5">
          Chữ ký
        </Title>
        <Controller
          control={form.control}
          name="signature"
          render={({ field }) => {
            const sig = field.value ?? null;
            const set = (patch: Partial<NonNullable<Frame['signature']>>) =>
              field.onChange({
                authority: 'deputy',
                authorityTitle: '',
                signerTitle: '',
                signerName: '',
                ...sig,
                ...patch,
              });
            return (
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Select
                    label="Thẩm quyền ký"
                    data={Object.entries(authorityLabels).map(([value, label]) => ({ value, label }))}
                    value={sig?.authority ?? null}
                    onChange={(v) =>
                      v ? set({ authority: v as keyof typeof signingAuthorities }) : field.onChange(null)
                    }
                    clearable
                    readOnly={readOnly}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label="Chức danh thủ trưởng"
                    placeholder="GIÁM ĐỐC"
                    value={sig?.authorityTitle ?? ''}
                    onChange={(e) => set({ authorityTitle: e.currentTarget.value })}
                    readOnly={readOnly}
                    error={err('signature.authorityTitle')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label="Chức vụ người ký"
                    placeholder="PHÓ GIÁM ĐỐC"
                    value={sig?.signerTitle ?? ''}
                    onChange={(e) => set({ signerTitle: e.currentTarget.value })}
                    readOnly={readOnly}
                    error={err('signature.signerTitle')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label="Họ tên người ký"
                    value={sig?.signerName ?? ''}
                    onChange={(e) => set({ signerName: e.currentTarget.value })}
                    readOnly={readOnly}
                    error={err('signature.signerName')}
                  />
                </Grid.Col>
              </Grid>
            );
          }}
        />
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {readOnly ? 'Đóng' : 'Hủy'}
            </Button>
          ) : null}
          {readOnly ? null : (
            <Button type="submit" loading={isSubmitting}>
              {submitLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
