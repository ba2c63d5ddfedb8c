import { parseRecord, type RecordKind, recordTitle } from '@khcn/domain';
import { Alert, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { fieldErrorsOf, submitState } from '../../app/api-error.ts';
import { useCan } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import { isRecordKind, recordAreaLabel, recordAreaNoun } from '../../shared/record-kinds.ts';
import { RecordPanel } from './record-panels.tsx';
import { RecordForm } from './record.form.tsx';
import { ButtonLink } from '../../shared/router-links.tsx';

const route = getRouteApi('/_authed/records/$kind/$id');

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
        title={`Thêm ${recordAreaNoun(kind)}`}
        description={recordAreaLabel(kind)}
        actions={<BackLink kind={kind} />}
      />
      <RecordForm
        kind={kind}
        {...submitState(create)}
        serverFieldErrors={dataErrors(create.error)}
        onSubmit={async (data) => {
          await create.mutateAsync(parseRecord(kind, data)).then(
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
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.records.pathKey() });

  if (!record.data) return <QueryState query={record} />;
  const stored = record.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={recordTitle(stored.kind, stored.data) || id}
        description={`${recordAreaLabel(kind)} · phiên bản ${stored.version}`}
        actions={<BackLink kind={kind} />}
      />
      <RecordPanel stored={stored} canWrite={canWrite} onChanged={refresh} />
      {update.isSuccess ? (
        <Alert color="green" variant="light">
          Đã lưu thay đổi.
        </Alert>
      ) : null}
      <RecordForm
        key={`${id}:${stored.version}`}
        kind={kind}
        initial={stored.data}
        readOnly={!canWrite}
        {...submitState(update)}
        serverFieldErrors={dataErrors(update.error)}
        onSubmit={async (next) => {
          await update.mutateAsync({ version: stored.version, record: parseRecord(kind, next) }).then(
            () => refresh(),
            () => undefined,
          );
        }}
      />
    </Stack>
  );
}
