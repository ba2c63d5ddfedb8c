import { formatDate, isListingExpired, type RecordKind, recordKinds, todayInVietnam } from '@khcn/domain';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { describeApiError, fieldErrorsOf } from '../../app/api-error.ts';
import { useCan } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import { recordAreaLabels, recordAreaNouns } from '../../shared/record-kinds.ts';
import { recordTitle } from '../../shared/record-title.ts';
import { PdfUploadPanel } from './pdf-upload.panel.tsx';
import { RecordForm } from './record.form.tsx';
import { ButtonLink } from '../../shared/router-links.tsx';

const route = getRouteApi('/_authed/records/$kind/$id');

const isRecordKind = (k: string): k is RecordKind => (recordKinds as readonly string[]).includes(k);
const dataErrors = (error: unknown) =>
  fieldErrorsOf(error)
    .filter((e) => e.path.startsWith('data.') || e.path.startsWith('record.data.'))
    .map((e) => ({ path: e.path.replace(/^(record\.)?data\./, ''), message: e.message }));

export function RecordEditPage() {
  const { kind, id } = route.useParams();
  if (!isRecordKind(kind)) return <Text>Không có loại hồ sơ này.</Text>;
  return id === 'new' ? <CreateRecord kind={kind} /> : <EditRecord kind={kind} id={id} />;
}

function BackLink({ kind }: { kind: RecordKind }) {
  return (
    <ButtonLink variant="default" to="/records/$kind" params={{ kind }}>
      Về danh sách
    </ButtonLink>
  );
}

function CreateRecord({ kind }: { kind: RecordKind }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.records.create.mutationOptions());
  return (
    <Stack gap="md">
      <PageHeader
        title={`Thêm ${recordAreaNouns[kind]}`}
        description={recordAreaLabels[kind]}
        actions={<BackLink kind={kind} />}
      />
      <RecordForm
        kind={kind}
        isSubmitting={create.isPending}
        errorMessage={create.error ? describeApiError(create.error) : null}
        serverFieldErrors={dataErrors(create.error)}
        onSubmit={async (data) => {
          await create.mutateAsync({ kind, data } as never).then(
            async (result) => {
              notifications.show({ color: 'green', message: 'Đã tạo hồ sơ.' });
              await queryClient.invalidateQueries({ queryKey: trpc.records.list.pathKey() });
              await navigate({ to: '/records/$kind/$id', params: { kind, id: result.id }, replace: true });
            },
            () => undefined,
          );
        }}
      />
    </Stack>
  );
}

function EditRecord({ kind, id }: { kind: RecordKind; id: string }) {
  const canWrite = useCan('record.write');
  const queryClient = useQueryClient();
  const record = useQuery(trpc.records.get.queryOptions({ kind, id }));
  const update = useMutation(trpc.records.update.mutationOptions());
  const renew = useMutation(trpc.records.renewListing.mutationOptions());
  const expire = useMutation(trpc.records.expireListing.mutationOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.records.pathKey() });

  if (!record.data)
    return <QueryState isLoading={record.isLoading} error={record.error} onRetry={() => record.refetch()} />;
  const data = record.data.data as Record<string, any>;
  const title = recordTitle(kind, data) || id;
  const today = todayInVietnam(new Date());

  const confirmListing = (action: 'renew' | 'expire') =>
    modals.openConfirmModal({
      title: action === 'renew' ? 'Gia hạn tin?' : 'Cho tin hết hạn?',
      children: (
        <Text size="sm">
          {action === 'renew'
            ? 'Tin được gia hạn thêm một quý (90 ngày) kể từ hôm nay và tiếp tục hiển thị trên sàn giao dịch công nghệ.'
            : 'Tin chuyển sang “Hết hạn” và không còn hiển thị trên sàn giao dịch ở lần xuất bản cổng thông tin tiếp theo.'}
        </Text>
      ),
      labels: { confirm: action === 'renew' ? 'Gia hạn' : 'Cho hết hạn', cancel: 'Hủy' },
      confirmProps: action === 'expire' ? { color: 'red' } : {},
      onConfirm: () =>
        (action === 'renew' ? renew : expire).mutate(
          { id, version: record.data!.version },
          {
            onSuccess: async () => {
              notifications.show({
                color: 'green',
                message: action === 'renew' ? 'Đã gia hạn tin.' : 'Tin đã hết hạn.',
              });
              await refresh();
            },
            onError: (e) => notifications.show({ color: 'red', message: describeApiError(e) }),
          },
        ),
    });

  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        description={`${recordAreaLabels[kind]} · phiên bản ${record.data.version}`}
        actions={<BackLink kind={kind} />}
      />
      {kind === 'listing' ? (
        <Paper withBorder p="md" component="section" aria-labelledby="listing-validity">
          <Title order={2} size="h5" id="listing-validity" mb="xs">
            Thời hạn đăng tin
          </Title>
          <Group gap="sm">
            <Badge
              color={
                isListingExpired({ status: data.status, expiresOn: data.expiresOn }, today) ? 'red' : 'green'
              }
              variant="light"
            >
              {isListingExpired({ status: data.status, expiresOn: data.expiresOn }, today)
                ? 'Hết hạn'
                : 'Đang đăng'}
            </Badge>
            <Text size="sm">Hết hạn ngày {formatDate(data.expiresOn)}</Text>
            {canWrite ? (
              <>
                <Button size="xs" onClick={() => confirmListing('renew')} loading={renew.isPending}>
                  Gia hạn thêm một quý
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  color="red"
                  onClick={() => confirmListing('expire')}
                  loading={expire.isPending}
                  disabled={data.status !== 'active'}
                >
                  Cho hết hạn
                </Button>
              </>
            ) : null}
          </Group>
        </Paper>
      ) : null}
      {kind === 'publication' && canWrite ? (
        <Paper withBorder p="md" component="section" aria-labelledby="publication-pdf">
          <Title order={2} size="h5" id="publication-pdf" mb="xs">
            Tệp PDF của ấn phẩm
          </Title>
          <PdfUploadPanel
            id={id}
            version={record.data.version}
            hasPdf={Boolean(data.pdfFileId)}
            onUploaded={() => void refresh()}
          />
        </Paper>
      ) : null}
      {update.isSuccess ? (
        <Alert color="green" variant="light">
          Đã lưu thay đổi.
        </Alert>
      ) : null}
      <RecordForm
        key={`${id}:${record.data.version}`}
        kind={kind}
        initial={data}
        readOnly={!canWrite}
        isSubmitting={update.isPending}
        errorMessage={update.error ? describeApiError(update.error) : null}
        serverFieldErrors={dataErrors(update.error)}
        onSubmit={async (next) => {
          await update
            .mutateAsync({ version: record.data!.version, record: { kind, data: next } } as never)
            .then(
              () => refresh(),
              () => undefined,
            );
        }}
      />
    </Stack>
  );
}
