import { Alert, List, Text } from '@mantine/core';
import type { RouterOutputs } from '../../../app/api-types.ts';
import { ScrollBox } from '../../../shared/scroll-box.tsx';
import { FindingsList } from '../findings.list.tsx';

type ReportView = RouterOutputs['reports']['get'];

/** How ready a report is: its reconciliation errors and warnings (checked or not), and unsaved drafts. */
export function readinessOf(view: ReportView, unsavedDrafts: number) {
  const warnings = view.findings.filter((f) => f.severity === 'warning');
  return {
    errors: view.findings.filter((f) => f.severity === 'error').length,
    warnings: warnings.length,
    checkedWarnings: warnings.filter((f) => view.findingChecks.some((c) => c.key === f.key)).length,
    unsavedDrafts,
  };
}
type Readiness = ReturnType<typeof readinessOf>;

/** What submitting does, and what stands in its way. */
export function SubmitNotes({ errors, warnings, unsavedDrafts }: Readiness) {
  return (
    <>
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
          Có {unsavedDrafts} mục còn thay đổi chưa lưu trên máy này. Hãy mở các mục đó để lưu trước khi trình.
        </Alert>
      ) : null}
    </>
  );
}

/** What approving does: numbered, locked, published; the warnings the leader approves over. */
export function ApproveNotes({ view, warnings, checkedWarnings }: Readiness & { view: ReportView }) {
  const { edition } = view;
  return (
    <>
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
        Phê duyệt áp dụng cho đúng nội dung bạn đang xem. Nếu ai đó sửa báo cáo sau khi bạn mở trang, hệ thống
        sẽ yêu cầu xem lại.
      </Text>
    </>
  );
}
