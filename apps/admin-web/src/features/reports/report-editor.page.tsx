import {
  canEditSection,
  describeEditionStanding,
  editionStandingOf,
  type Finding,
  formatDate,
  formatPeriod,
  formatReportNumber,
  frameOf,
  type ReconciliationContext,
  type RecordRef,
  type SectionContent,
} from '@khcn/domain';
import { Alert, Badge, Box, Button, Grid, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { useCurrentUser } from '../../app/current-user.ts';
import { describeApiError, readApiErrorData, submitState } from '../../app/api-error.ts';
import type { RouterOutputs } from '../../app/api-types.ts';
import { trpc, trpcClient } from '../../app/trpc.ts';
import { listDraftKeys } from '../../shared/form-draft.storage.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import { useIndicatorCatalogue } from '../../shared/use-indicator-catalogue.ts';
import { ScrollBox } from '../../shared/scroll-box.tsx';
import { FindingsList } from './findings.list.tsx';
import { CreateReportPanel } from './create-report.panel.tsx';
import { FrameForm } from './frame.form.tsx';
import { OutlineNav } from './editor/outline.nav.tsx';
import { LinkedRecordTitle } from './editor/record-picker.tsx';
import { SectionEditor } from './editor/section.editor.tsx';
import { standingColors } from './report-status.ts';
import { WorkflowActions } from './workflow/workflow.actions.tsx';
import { ButtonLink } from '../../shared/router-links.tsx';

const route = getRouteApi('/_authed/reports/$period');
type ReportView = RouterOutputs['reports']['get'];

export function ReportEditorPage() {
  const { period } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [editionId, setEditionId] = useState<string | null>(null);
  const locator = editionId ? { editionId } : { period };
  // Always fresh on arrival: the section editor starts from these versions (a stale cache would make a
  // restored draft look like a conflict).
  const report = useQuery({ ...trpc.reports.get.queryOptions(locator), refetchOnMount: 'always' });
  const { catalogue, query: indicators } = useIndicatorCatalogue();

  if (report.error && readApiErrorData(report.error)?.domainCode === 'NOT_FOUND') {
    return (
      <Stack gap="md">
        <PageHeader title={`Báo cáo ${formatPeriod(period)}`} />
        <CreateReportPanel period={period} />
      </Stack>
    );
  }
  if (!report.data || !report.isFetchedAfterMount || !catalogue) {
    const error = report.error ?? indicators.error;
    return (
      <QueryState
        isLoading={!error}
        error={error}
        onRetry={() => {
          void report.refetch();
          void indicators.refetch();
        }}
      />
    );
  }

  return (
    <ReportEditor
      view={report.data}
      catalogue={catalogue}
      selectedKey={search.section ?? null}
      onSelect={(key) => navigate({ search: { section: key }, replace: true })}
      onPickEdition={setEditionId}
    />
  );
}

function ReportEditor({
  view,
  catalogue,
  selectedKey,
  onSelect,
  onPickEdition,
}: {
  view: ReportView;
  catalogue: ReconciliationContext['catalogue'];
  selectedKey: string | null;
  onSelect: (key: string) => void;
  onPickEdition: (id: string) => void;
}) {
  const { edition } = view;
  const queryClient = useQueryClient();
  const sections = edition.content.sections;
  const selected =
    sections.find((s) => s.key === selectedKey) ??
    sections.find((s) => view.can.editSections.includes(s.key) && s.blocks.length > 0) ??
    sections.find((s) => s.blocks.length > 0) ??
    sections[0]!;
  const editableKeys = useMemo(() => new Set(view.can.editSections), [view.can.editSections]);
  const [draftVersion, setDraftVersion] = useState(0);
  const draftKeys = useMemo(
    () => new Set(listDraftKeys(`section:${edition.id}:`).map((k) => k.split(':').at(-1)!)),
    [edition.id, draftVersion, selected.key],
  );
  const errors = view.findings.filter((f) => f.severity === 'error');
  const warnings = view.findings.filter((f) => f.severity === 'warning');
  const [frameOpen, setFrameOpen] = useState(false);
  const updateFrame = useMutation(trpc.reports.updateFrame.mutationOptions());
  const user = useCurrentUser();
  const checkFinding = useMutation(trpc.reports.checkFinding.mutationOptions());
  const checkContext = useMemo<ReconciliationContext>(
    () => ({
      period: edition.period,
      catalogue,
      yearHistory: view.checkInputs.yearHistory,
      carriedFrom: view.checkInputs.carriedFrom,
    }),
    [edition.period, catalogue, view.checkInputs],
  );
  const open = edition.status === 'draft' || edition.status === 'in_review';
  const canCheck = useCallback(
    (f: Finding) => {
      const section = sections.find((s) => s.key === f.sectionKey);
      return open && user !== null && section !== undefined && canEditSection(user, section.division);
    },
    [open, user, sections],
  );
  const onCheckFinding = useCallback(
    (f: Finding, checked: boolean) =>
      checkFinding.mutate(
        { editionId: edition.id, key: f.key, checked },
        { onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.reports.get.pathKey() }) },
      ),
    [checkFinding, edition.id, queryClient],
  );
  const checkedCount = warnings.filter((w) => view.findingChecks.some((c) => c.key === w.key)).length;

  const save = useCallback(
    ({ version, content }: { version: number; content: SectionContent }) =>
      trpcClient.reports.updateSection.mutate({ editionId: edition.id, key: selected.key, version, content }),
    [edition.id, selected.key],
  );
  const onSaved = useCallback(() => {
    setDraftVersion((n) => n + 1);
    void queryClient.invalidateQueries({ queryKey: trpc.reports.get.pathKey() });
  }, [queryClient]);
  const renderRecordTitle = useCallback((ref: RecordRef) => <LinkedRecordTitle recordRef={ref} />, []);

  return (
    <Stack gap="md">
      <PageHeader
        title={`Báo cáo ${formatPeriod(edition.period)}`}
        description={
          <>
            {edition.number ? `${formatReportNumber(edition.number.sequence, edition.number.symbol)} · ` : ''}
            {edition.issuedOn ? `Ban hành ngày ${formatDate(edition.issuedOn)} · ` : ''}
            Lần ban hành {edition.editionNo}
            {edition.changeNote ? ` · Đính chính: ${edition.changeNote}` : ''}
          </>
        }
        actions={
          <>
            <Badge
              size="lg"
              variant="light"
              color={standingColors[editionStandingOf(edition, view.editions).standing]}
            >
              {describeEditionStanding(edition, view.editions)}
            </Badge>
            <ButtonLink
              variant="default"
              to="/reports/$period/preview"
              params={{ period: edition.period }}
              search={{ edition: edition.id }}
            >
              Xem trước
            </ButtonLink>
            <ButtonLink variant="default" to="/reports/$period/history" params={{ period: edition.period }}>
              Lịch sử
            </ButtonLink>
          </>
        }
      />
      <Group justify="space-between" gap="sm">
        <Group gap="xs">
          <WorkflowActions view={view} />
          <Button
            variant="default"
            onClick={() => {
              updateFrame.reset();
              setFrameOpen(true);
            }}
          >
            {view.can.editFrame ? 'Sửa trích yếu, nơi nhận, chữ ký' : 'Xem trích yếu, nơi nhận, chữ ký'}
          </Button>
        </Group>
        {view.editions.length > 1 ? (
          <Select
            label="Lần ban hành"
            data={view.editions.map((e) => ({
              value: e.id,
              label: `Lần ${e.editionNo} — ${describeEditionStanding(e, view.editions)}`,
            }))}
            value={edition.id}
            onChange={(id) => id && onPickEdition(id)}
            allowDeselect={false}
            w={240}
          />
        ) : null}
      </Group>
      {edition.status === 'draft' && edition.returnReason ? (
        <Alert color="orange" variant="light" title="Báo cáo đã bị trả lại">
          Lý do: {edition.returnReason}
        </Alert>
      ) : null}
      {edition.status === 'in_review' ? (
        <Alert color="blue" variant="light">
          Báo cáo đã trình, đang chờ lãnh đạo Sở xem xét. Nội dung chỉ xem, không sửa được.
        </Alert>
      ) : null}
      {errors.length > 0 || warnings.length > 0 ? (
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb={4}>
            Đối chiếu số liệu: {errors.length} lỗi, {warnings.length} cảnh báo
            {warnings.length > 0 ? ` (${checkedCount} đã kiểm tra)` : ''} (theo bản đã lưu)
          </Text>
          {checkFinding.error ? (
            <Alert color="red" variant="light" role="alert" mb="xs">
              {describeApiError(checkFinding.error)}
            </Alert>
          ) : null}
          <ScrollBox label="Danh sách lỗi và cảnh báo đối chiếu" maxHeight={180}>
            <FindingsList
              findings={view.findings}
              sections={sections}
              checks={view.findingChecks}
              canCheck={canCheck}
              onCheck={onCheckFinding}
              onSelectSection={onSelect}
            />
          </ScrollBox>
        </Paper>
      ) : null}
      <Modal opened={frameOpen} onClose={() => setFrameOpen(false)} title="Phần khung của báo cáo" size="xl">
        <FrameForm
          initial={frameOf(edition.content)}
          readOnly={!view.can.editFrame}
          onCancel={() => setFrameOpen(false)}
          {...submitState(updateFrame)}
          onSubmit={async (frame) => {
            await updateFrame
              .mutateAsync({ editionId: edition.id, frameVersion: view.frameVersion, frame })
              .then(
                async () => {
                  setFrameOpen(false);
                  await queryClient.invalidateQueries({ queryKey: trpc.reports.get.pathKey() });
                },
                () => undefined,
              );
          }}
        />
      </Modal>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Select
            hiddenFrom="md"
            label="Chọn mục để soạn"
            searchable
            data={sections.map((s) => ({ value: s.key, label: `${s.label} ${s.title}` }))}
            value={selected.key}
            onChange={(key) => key && onSelect(key)}
            allowDeselect={false}
          />
          <Paper withBorder p="xs" visibleFrom="md">
            <Box mah={{ md: 'calc(100vh - 220px)' }} style={{ overflowY: 'auto' }}>
              <OutlineNav
                sections={sections}
                selectedKey={selected.key}
                onSelect={onSelect}
                findings={view.findings}
                editableKeys={editableKeys}
                draftKeys={draftKeys}
              />
            </Box>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Paper withBorder p="md">
            <SectionEditor
              key={`${edition.id}:${selected.key}`}
              editionId={edition.id}
              section={selected}
              version={view.sectionVersions[selected.key] ?? 0}
              canEdit={editableKeys.has(selected.key)}
              allSections={sections}
              save={save}
              onSaved={onSaved}
              renderRecordTitle={renderRecordTitle}
              checkContext={checkContext}
              findingChecks={view.findingChecks}
              onCheckFinding={onCheckFinding}
            />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
