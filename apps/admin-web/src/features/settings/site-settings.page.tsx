import {
  isSiteIdentityUnset,
  type ReportFrameSettings,
  type SiteConfig,
  siteConfigSchema,
} from '@khcn/domain';
import { Alert, Grid, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { describeApiError, fieldErrorsOf, submitState } from '../../app/api-error.ts';
import { useCan } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { FormShell } from '../../shared/form/form-shell.tsx';
import { errorAt, useZodForm } from '../../shared/form/use-zod-form.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import { FrameForm } from '../reports/frame.form.tsx';

type SiteField = FieldPath<z.input<typeof siteConfigSchema>>;
/** Fields a department may leave empty: stored absent, not as an empty text. */
const optionalFields = new Set<SiteField>(['address', 'phone', 'email']);
const fields: Array<{ name: SiteField; label: string; description?: string; span?: number }> = [
  {
    name: 'departmentName',
    label: 'Tên đơn vị',
    description: 'VD: Sở Khoa học và Công nghệ tỉnh Hưng Yên',
    span: 12,
  },
  {
    name: 'departmentShortName',
    label: 'Tên đơn vị trên văn bản',
    description: 'In hoa, ở góc trái văn bản',
    span: 6,
  },
  { name: 'parentBody', label: 'Cơ quan chủ quản', description: 'VD: UBND TỈNH HƯNG YÊN', span: 6 },
  { name: 'province', label: 'Tỉnh', description: 'Địa danh trên dòng ngày tháng', span: 6 },
  {
    name: 'symbolSuffix',
    label: 'Ký hiệu viết tắt của đơn vị',
    description: 'VD: SKHCN (Số: 05/BC-SKHCN)',
    span: 6,
  },
  { name: 'departmentNameEnglish', label: 'Tên tiếng Anh', span: 12 },
  { name: 'address', label: 'Địa chỉ', span: 12 },
  { name: 'phone', label: 'Số điện thoại', span: 6 },
  { name: 'email', label: 'Thư điện tử', span: 6 },
  {
    name: 'siteUrl',
    label: 'Địa chỉ cổng thông tin',
    description: 'Dùng cho liên kết chuẩn, sơ đồ trang, RSS',
    span: 6,
  },
  { name: 'logoText', label: 'Chữ trên biểu trưng', span: 6 },
  { name: 'licence.name', label: 'Giấy phép dữ liệu mở', span: 6 },
  { name: 'licence.url', label: 'Địa chỉ giấy phép', span: 6 },
];

/** The department's identity (quản trị): the public site and the official document take it from here. */
export function SiteSettingsPage() {
  const site = useQuery(trpc.settings.site.queryOptions());
  const frame = useQuery(trpc.settings.reportFrame.queryOptions());
  if (!site.data || !frame.data)
    return (
      <QueryState
        isLoading={site.isLoading || frame.isLoading}
        error={site.error ?? frame.error}
        onRetry={() => Promise.all([site.refetch(), frame.refetch()])}
      />
    );
  return (
    <Stack gap="md">
      <SiteSettingsForm initial={site.data} />
      <ReportFrameSettingsForm initial={frame.data} />
    </Stack>
  );
}

/** The frame every new report starts with: place, closing sentence, recipients, archive line, signer. */
function ReportFrameSettingsForm({ initial }: { initial: ReportFrameSettings }) {
  const canEdit = useCan('settings.manage');
  const queryClient = useQueryClient();
  const save = useMutation(trpc.settings.updateReportFrame.mutationOptions());
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Khung văn bản báo cáo
        </Title>
        <Text size="sm" c="dimmed">
          Địa danh, câu kết, nơi nhận, mã lưu và người ký của mọi báo cáo tạo mới. Văn thư vẫn sửa được khung
          của từng dự thảo.
        </Text>
        <FrameForm
          // The department's frame has no subject (each report has its own); the form's field is hidden.
          initial={{ ...initial, subject: 'Khung mặc định' }}
          withSubject={false}
          readOnly={!canEdit}
          submitLabel="Lưu khung văn bản"
          {...submitState(save)}
          onSubmit={({ subject: _subject, ...frame }) =>
            save.mutate(frame, {
              onSuccess: async () => {
                notifications.show({
                  color: 'green',
                  message: 'Đã lưu khung văn bản: áp dụng cho báo cáo tạo mới.',
                });
                await queryClient.invalidateQueries({ queryKey: trpc.settings.reportFrame.queryKey() });
              },
            })
          }
        />
      </Stack>
    </Paper>
  );
}

function SiteSettingsForm({ initial }: { initial: SiteConfig }) {
  const canEdit = useCan('settings.manage');
  const queryClient = useQueryClient();
  const save = useMutation(trpc.settings.updateSite.mutationOptions());
  const form = useZodForm(siteConfigSchema, {
    defaultValues: initial,
    serverErrors: fieldErrorsOf(save.error),
  });
  const onSubmit = form.handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: async () => {
        notifications.show({
          color: 'green',
          message: 'Đã lưu. Cổng thông tin dùng thông tin mới từ lần xuất bản tiếp theo.',
        });
        await queryClient.invalidateQueries({ queryKey: trpc.settings.site.queryKey() });
      },
      onError: (error) => notifications.show({ color: 'red', message: describeApiError(error) }),
    }),
  );
  return (
    <Stack gap="md">
      <PageHeader
        title="Thông tin đơn vị"
        description="Tên, địa danh, ký hiệu và địa chỉ của Sở: dùng trên cổng thông tin công khai và văn bản báo cáo."
      />
      {isSiteIdentityUnset(initial) ? (
        <Alert color="yellow" variant="light" title="Đơn vị chưa khai báo thông tin">
          Đây là bản cài đặt mới: cổng thông tin công khai đang hiển thị trang chờ. Hãy nhập tên Sở, tỉnh và
          các thông tin dưới đây, lưu lại, rồi xuất bản lại cổng thông tin.
        </Alert>
      ) : null}
      {!canEdit ? (
        <Alert color="blue" variant="light">
          Chỉ quản trị hệ thống được sửa thông tin đơn vị.
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        <FormShell
          label="Thông tin đơn vị"
          onSubmit={onSubmit}
          submitLabel={canEdit ? 'Lưu thông tin đơn vị' : undefined}
          isSubmitting={save.isPending}
        >
          <Grid gap="sm">
            {fields.map((f) => (
              <Grid.Col key={f.name} span={{ base: 12, md: f.span ?? 6 }}>
                <TextInput
                  label={f.label}
                  description={f.description}
                  readOnly={!canEdit}
                  error={errorAt(form.formState.errors, f.name)}
                  {...form.register(f.name, {
                    setValueAs: (v: string) => (v === '' && optionalFields.has(f.name) ? undefined : v),
                  })}
                />
              </Grid.Col>
            ))}
          </Grid>
        </FormShell>
      </Paper>
    </Stack>
  );
}
