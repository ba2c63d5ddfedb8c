import { seed } from '@khcn/domain';
import type { SectionContent } from '@khcn/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { ConflictMergeView } from './conflict-merge.view.tsx';

const section = (over: Partial<SectionContent>): SectionContent => ({
  title: 'Hoạt động triển khai nhiệm vụ',
  blocks: [],
  facts: [],
  legalRefs: [],
  recordRefs: [],
  ...over,
});

const names = seed.seedReconciliationContext();

const base = section({
  blocks: [
    { kind: 'paragraph', text: 'Đoạn mở đầu.' },
    { kind: 'paragraph', text: 'Kiểm tra 07 nhiệm vụ.' },
  ],
  facts: [{ indicator: 'tasks.checked', value: 7, qualifier: 'exact', basis: { kind: 'month' } }],
});
const mine = section({
  blocks: [
    { kind: 'paragraph', text: 'Đoạn mở đầu.' },
    { kind: 'paragraph', text: 'Kiểm tra 08 nhiệm vụ (tôi sửa).' },
  ],
  facts: [{ indicator: 'tasks.checked', value: 8, qualifier: 'exact', basis: { kind: 'month' } }],
});
const theirs = section({
  blocks: [
    { kind: 'paragraph', text: 'Đoạn mở đầu.' },
    { kind: 'paragraph', text: 'Kiểm tra 09 nhiệm vụ (người khác sửa).' },
  ],
  facts: [{ indicator: 'tasks.checked', value: 9, qualifier: 'exact', basis: { kind: 'month' } }],
  recordRefs: [{ kind: 'task', id: 'task-moi' }],
});

describe('ConflictMergeView', () => {
  it('shows both versions side by side and keeps both paragraphs by default, so nothing is lost', async () => {
    const onResolve = vi.fn();
    renderWithProviders(
      <ConflictMergeView
        sectionLabel="1.1."
        names={names}
        mine={mine}
        theirs={theirs}
        base={base}
        theirVersion={4}
        onResolve={onResolve}
      />,
    );
    const row = screen.getByRole('group', { name: 'Khối lời văn 2' });
    expect(within(row).getByText('Kiểm tra 08 nhiệm vụ (tôi sửa).')).toBeTruthy();
    expect(within(row).getByText('Kiểm tra 09 nhiệm vụ (người khác sửa).')).toBeTruthy();
    expect(within(row).getByText('Bản đã lưu (phiên bản 4)')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu bản đã gộp' }));
    const merged: SectionContent = onResolve.mock.calls[0]![0];
    expect(merged.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Đoạn mở đầu.',
      'Kiểm tra 08 nhiệm vụ (tôi sửa).',
      'Kiểm tra 09 nhiệm vụ (người khác sửa).',
    ]);
    expect(merged.recordRefs).toEqual([{ kind: 'task', id: 'task-moi' }]);
  });

  it('takes the other version of a row, and the figure, when the user chooses so', async () => {
    const onResolve = vi.fn();
    renderWithProviders(
      <ConflictMergeView
        sectionLabel="1.1."
        names={names}
        mine={mine}
        theirs={theirs}
        base={base}
        theirVersion={4}
        onResolve={onResolve}
      />,
    );
    const row = screen.getByRole('group', { name: 'Khối lời văn 2' });
    await userEvent.click(within(row).getByLabelText('Lấy bản đã lưu'));
    const fact = screen.getByRole('group', { name: /Số liệu: Nhiệm vụ KH&CN được kiểm tra/ });
    await userEvent.click(within(fact).getByLabelText('Lấy bản đã lưu'));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu bản đã gộp' }));
    const merged: SectionContent = onResolve.mock.calls[0]![0];
    expect(merged.blocks[1]).toEqual({ kind: 'paragraph', text: 'Kiểm tra 09 nhiệm vụ (người khác sửa).' });
    expect(merged.facts).toEqual([
      { indicator: 'tasks.checked', value: 9, qualifier: 'exact', basis: { kind: 'month' } },
    ]);
  });

  it('lets the user write the merged paragraph', async () => {
    const onResolve = vi.fn();
    renderWithProviders(
      <ConflictMergeView
        sectionLabel="1.1."
        names={names}
        mine={mine}
        theirs={theirs}
        base={base}
        theirVersion={4}
        onResolve={onResolve}
      />,
    );
    const row = screen.getByRole('group', { name: 'Khối lời văn 2' });
    await userEvent.click(within(row).getByLabelText('Tự sửa'));
    fireEvent.change(within(row).getByLabelText('Nội dung sau khi gộp'), {
      target: { value: 'Kiểm tra 09 nhiệm vụ, trong đó 01 nhiệm vụ mới.' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Lưu bản đã gộp' }));
    const merged: SectionContent = onResolve.mock.calls[0]![0];
    expect(merged.blocks).toEqual([
      { kind: 'paragraph', text: 'Đoạn mở đầu.' },
      { kind: 'paragraph', text: 'Kiểm tra 09 nhiệm vụ, trong đó 01 nhiệm vụ mới.' },
    ]);
  });
});
