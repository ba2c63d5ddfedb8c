import { changeNoteSchema, formatPeriod, reasonSchema } from '@khcn/domain';
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { describeApiError } from '../../../app/api-error.ts';
import type { RouterOutputs } from '../../../app/api-types.ts';
import { trpc } from '../../../app/trpc.ts';
import { listDraftKeys } from '../../../shared/form-draft.storage.ts';
import { ConfirmAction } from '../../../shared/form/confirm-action.modal.tsx';
import { ScrollBox } from '../../../shared/scroll-box.tsx';
import { FindingsList } from '../findings.list.tsx';
import { ReasonForm } from './reason.form.tsx';

type ReportView = RouterOutputs['reports']['get'];
type Dialog = 'submit' | 'return' | 'approve' | 'correction' | null;

/**
 * Submit, return with a reason, approve, open a correction: each behind a confirmation that says what
 * will happen. The server checks every rule again (roles, self-approval, content hash).
 */
export function WorkflowActions({ view }: { view: ReportView }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const queryClient = useQueryClient();
  const { edition, can } = view;
  const period = formatPeriod(edition.period);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.reports.pathKey() });
  };
  const close = () => setDialog(null);
  const done = (message: string) => async () => {
    close();
    notifications.show({ color: 'green', message });
    await refresh();
  };

  const submit = useMutation(trpc.reports.submit.mutationOptions());
  const giveBack = useMutation(trpc.reports.return.mutationOptions());
  const approve = useMutation(trpc.reports.approve.mutationOptions());
  const correct = useMutation(trpc.reports.openCorrection.mutationOptions());

  const unsavedDrafts = listDraftKeys(`section:${edition.id}:`).length;
  const errors = view.findings.filter((f) => f.severity === 'error').length;
  const warnings = view.findings.filter((f) => f.severity === 'warning').length;
  const checkedWarnings = view.findings.filter(
    (f) => f.severity === 'warning' && view.findingChecks.some((c) => c.key === f.key),
  ).length;

  const open = (d: Exclude<Dialog, null>) => {
    submit.reset();
    giveBack.reset();
    approve.reset();
    correct.reset();
    setDialog(d);
  };

  return (
    <>
      <Group gap="xs">
        {can.submit ? <Button onClick={() => open('submit')}>Trình lãnh đạo duyệt</Button> : null}
        {can.return ? (
          <Button variant="default" color="red" onClick={() => open('return')}>
            Trả lại để sửa
          </Button>
        ) : null}
        {can.approve ? (
          <Button color="teal.9" onClick={() => open('approve')}>
            Phê duyệt và công khai
          </Button>
        ) : null}
        {can.openCorrection ? (
          <Button variant="default" onClick={() => open('correction')}>
            Mở đính chính
          </Button>
        ) : null}
      </Group>

      <ConfirmAction
        opened={dialog === 'submit'}
        onClose={close}
        title={`Trình báo cáo ${period}?`}
        confirmLabel="Trình duyệt"
        isPending={submit.isPending}
        error={submit.error}
        disabled={errors > 0}
        onConfirm={() =>
          submit.mutate({ editionId: edition.id }, { onSuccess: done('Đã trình báo cáo cho lãnh đạo Sở.') })
        }
      >
        <Text size="sm">Khi trình:</Text>
        <List size="sm" spacing={4}>
          <List.Item>Báo cáo chuyển sang trạng thái “Đã trình”; các mục không sửa được nữa.</List.Item>
          <List.Item>Lãnh đạo Sở xem xét rồi phê duyệt, hoặc trả lại kèm lý do để sửa tiếp.</List.Item>
          <List.Item>Người trình không được tự phê duyệt báo cáo này.</List.Item>
        </List>
        {errors > 0 ? (
          <Alert color="red" variant="light" title="Còn lỗi số liệu">
            Báo cáo còn {errors} lỗi đối chiếu số liệu; cần sửa trước khi trình.
          </Alert>
        ) : warnings > 0 ? (
          <Alert color="yellow" variant="light">
            Còn {warnings} cảnh báo đối chiếu; hãy xem lại nếu cần.
          </Alert>
        ) : null}
        {unsavedDrafts > 0 ? (
          <Alert color="yellow" variant="light" title="Còn thay đổi chưa lưu">
            Có {unsavedDrafts} mục còn thay đổi chưa lưu trên máy này. Hãy mở các mục đó để lưu trước khi
            trình.
          </Alert>
        ) : null}
      </ConfirmAction>

      <Modal opened={dialog === 'return'} onClose={close} title={`Trả lại báo cáo ${period}`} size="lg">
        <ReasonForm
          schema={reasonSchema}
          field="reason"
          label="Lý do trả lại"
          description="Người soạn sẽ thấy lý do này ở đầu báo cáo. Báo cáo trở về trạng thái soạn thảo."
          submitLabel="Trả lại"
          submitColor="red"
          onCancel={close}
          isSubmitting={giveBack.isPending}
          errorMessage={giveBack.error ? describeApiError(giveBack.error) : null}
          onSubmit={(reason) =>
            giveBack.mutate(
              { editionId: edition.id, reason },
              { onSuccess: done('Đã trả lại báo cáo để sửa.') },
            )
          }
        />
      </Modal>

      <ConfirmAction
        opened={dialog === 'approve'}
        onClose={close}
        title={`Phê duyệt báo cáo ${period}?`}
        confirmLabel="Phê duyệt và công khai"
        confirmColor="teal.9"
        isPending={approve.isPending}
        error={approve.error}
        onConfirm={() =>
          approve.mutate(
            { editionId: edition.id, contentHash: view.currentHash },
            {
              onSuccess: async (result) => {
                close();
                notifications.show({
                  color: 'green',
                  title: `Đã phê duyệt: Số ${String(result.number.sequence).padStart(2, '0')}/${result.number.symbol}`,
                  message: (
                    <>
                      Cổng thông tin đang được cập nhật. <Link to="/publications">Theo dõi xuất bản</Link>
                    </>
                  ),
                  autoClose: 10_000,
                });
                await refresh();
              },
            },
          )
        }
      >
        <Alert color="blue" variant="light" title="Phê duyệt sẽ công khai báo cáo trên cổng thông tin">
          <List size="sm" spacing={4}>
            <List.Item>Báo cáo được cấp số văn bản và ngày ban hành là hôm nay.</List.Item>
            <List.Item>Nội dung được khóa: muốn sửa sau này phải mở đính chính.</List.Item>
            <List.Item>
              Cổng thông tin được xây dựng lại và công khai báo cáo cùng các hồ sơ liên kết (thường trong vài
              phút); theo dõi tại trang Xuất bản.
            </List.Item>
          </List>
        </Alert>
        {warnings > 0 ? (
          <Alert
            color="yellow"
            variant="light"
            title={`Cảnh báo đối chiếu số liệu (${warnings}; ${checkedWarnings} đã được kiểm tra)`}
          >
            <ScrollBox label="Danh sách cảnh báo đối chiếu" maxHeight={220}>
              <FindingsList
                findings={view.findings.filter((f) => f.severity === 'warning')}
                sections={edition.content.sections}
                checks={view.findingChecks}
              />
            </ScrollBox>
          </Alert>
        ) : null}
        <Text size="sm">
          Phê duyệt áp dụng cho đúng nội dung bạn đang xem. Nếu ai đó sửa báo cáo sau khi bạn mở trang, hệ
          thống sẽ yêu cầu xem lại.
        </Text>
      </ConfirmAction>

      <Modal
        opened={dialog === 'correction'}
        onClose={close}
        title={`Mở đính chính báo cáo ${period}`}
        size="lg"
      >
        <Stack gap="sm">
          <Text size="sm">
            Đính chính tạo một bản mới (lần ban hành {Math.max(...view.editions.map((e) => e.editionNo)) + 1})
            để sửa. Bản đã duyệt vẫn được công khai cho đến khi bản đính chính được phê duyệt; nội dung đính
            chính được công khai cùng báo cáo.
          </Text>
          <ReasonForm
            schema={changeNoteSchema}
            field="changeNote"
            label="Nội dung đính chính"
            description="VD: Sửa số phương tiện đo được kiểm định tại mục IV từ 1.043 thành 1.034."
            submitLabel="Mở đính chính"
            onCancel={close}
            isSubmitting={correct.isPending}
            errorMessage={correct.error ? describeApiError(correct.error) : null}
            onSubmit={(changeNote) =>
              correct.mutate(
                { editionId: edition.id, changeNote },
                { onSuccess: done('Đã mở bản đính chính.') },
              )
            }
          />
        </Stack>
      </Modal>
    </>
  );
}
