import { type ReportFrame as Frame, reportFrameSchema, type signingAuthorities } from '@khcn/domain';
import { Button, Grid, Group, Select, Textarea, TextInput, Title } from '@mantine/core';
import { Controller, useFieldArray } from 'react-hook-form';
import { CheckboxField, TagsField } from '../../shared/form/controlled-fields.tsx';
import { FormShell } from '../../shared/form/form-shell.tsx';
import { errorAt, useZodForm } from '../../shared/form/use-zod-form.ts';

const authorityLabels: Record<keyof typeof signingAuthorities, string> = {
  none: 'Ký trực tiếp',
  deputy: 'KT. (ký thay)',
  acting: 'Q. (quyền)',
  on_behalf: 'TM. (thay mặt)',
};

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
  const form = useZodForm(reportFrameSchema, { defaultValues: initial });
  const recipients = useFieldArray({ control: form.control, name: 'recipients' });
  const err = (p: string) => errorAt(form.formState.errors, p);
  return (
    <FormShell
      label="Phần khung báo cáo"
      onSubmit={form.handleSubmit((v) => onSubmit(v))}
      error={errorMessage}
      submitLabel={readOnly ? undefined : submitLabel}
      onCancel={onCancel}
      cancelLabel={readOnly ? 'Đóng' : 'Hủy'}
      isSubmitting={isSubmitting}
    >
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
          <TextInput label="Địa danh" readOnly={readOnly} error={err('place')} {...form.register('place')} />
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
          <CheckboxField
            control={form.control}
            name={`recipients.${i}.forReport`}
            label="Để báo cáo"
            disabled={readOnly}
            mb={8}
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
      <TagsField
        control={form.control}
        name="archive"
        label="Lưu (mã đơn vị)"
        description="VD: VT, VPTr; nhấn Enter sau mỗi mã."
        readOnly={readOnly}
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
    </FormShell>
  );
}
