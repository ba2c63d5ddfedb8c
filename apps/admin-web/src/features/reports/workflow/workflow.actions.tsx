import { changeNoteSchema, formatPeriod, reasonSchema } from '@khcn/domain';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { submitState } from '../../../app/api-error.ts';
import type { RouterOutputs } from '../../../app/api-types.ts';
import { trpc } from '../../../app/trpc.ts';
import { listDraftKeys } from '../../../shared/form-draft.storage.ts';
import { ConfirmAction } from '../../../shared/form/confirm-action.modal.tsx';
import { ReasonForm } from './reason.form.tsx';
import { ApproveNotes, readinessOf, SubmitNotes } from './workflow.notes.tsx';

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

  const readiness = readinessOf(view, listDraftKeys(`section:${edition.id}:`).length);

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
        disabled={readiness.errors > 0}
        onConfirm={() =>
          submit.mutate({ editionId: edition.id }, { onSuccess: done('Đã trình báo cáo cho lãnh đạo Sở.') })
        }
      >
        <SubmitNotes {...readiness} />
      </ConfirmAction>

      <ReasonForm
        opened={dialog === 'return'}
        title={`Trả lại báo cáo ${period}`}
        schema={reasonSchema}
        field="reason"
        label="Lý do trả lại"
        description="Người soạn sẽ thấy lý do này ở đầu báo cáo. Báo cáo trở về trạng thái soạn thảo."
        submitLabel="Trả lại"
        submitColor="red"
        onCancel={close}
        {...submitState(giveBack)}
        onSubmit={(reason) =>
          giveBack.mutate(
            { editionId: edition.id, reason },
            { onSuccess: done('Đã trả lại báo cáo để sửa.') },
          )
        }
      />

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
        <ApproveNotes view={view} {...readiness} />
      </ConfirmAction>

      <ReasonForm
        opened={dialog === 'correction'}
        title={`Mở đính chính báo cáo ${period}`}
        intro={`Đính chính tạo một bản mới (lần ban hành ${Math.max(...view.editions.map((e) => e.editionNo)) + 1}) để sửa. Bản đã duyệt vẫn được công khai cho đến khi bản đính chính được phê duyệt; nội dung đính chính được công khai cùng báo cáo.`}
        schema={changeNoteSchema}
        field="changeNote"
        label="Nội dung đính chính"
        description="VD: Sửa số phương tiện đo được kiểm định tại mục IV từ 1.043 thành 1.034."
        submitLabel="Mở đính chính"
        onCancel={close}
        {...submitState(correct)}
        onSubmit={(changeNote) =>
          correct.mutate({ editionId: edition.id, changeNote }, { onSuccess: done('Đã mở bản đính chính.') })
        }
      />
    </>
  );
}
