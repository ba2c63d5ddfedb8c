import { type RecordRef, reportContentSchema, type Section, seed } from '@khcn/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, type Mock, vi } from 'vitest';
import { loadDraft, saveDraft, sectionDraftKey } from '../../../shared/form-draft.storage.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { SectionEditor } from './section.editor.tsx';
import type { SaveSection } from './use-section-autosave.ts';

const content = reportContentSchema.parse(seed.seedReportContent);
const sections = content.sections;
const tasksSection = sections.find((s) => s.key === 'A.II.1.1')!;
const EDITION = 'ed-2024-12';

function renderEditor(
  over: { section?: Section; version?: number; save?: Mock<SaveSection>; canEdit?: boolean } = {},
) {
  const save = over.save ?? vi.fn<SaveSection>(async ({ version }) => ({ version: version + 1 }));
  const section = over.section ?? tasksSection;
  renderWithProviders(
    <SectionEditor
      editionId={EDITION}
      section={section}
      version={over.version ?? 3}
      canEdit={over.canEdit ?? true}
      allSections={sections.map((s) => (s.key === section.key ? section : s))}
      save={save}
      renderRecordTitle={(ref: RecordRef) => `Hồ sơ ${ref.id}`}
      showRecordPicker={false}
      checkContext={seed.seedReconciliationContext()}
    />,
  );
  return { save };
}

const conflictError = (currentVersion: number, currentContent: unknown) =>
  Object.assign(new Error('conflict'), {
    data: {
      code: 'CONFLICT',
      httpStatus: 409,
      domainCode: 'CONFLICT',
      userMessage: 'Mục vừa được người khác lưu',
      details: { currentVersion, currentContent },
    },
  });

const firstBlock = () => screen.getByRole('textbox', { name: /Khối 1/ });

describe('SectionEditor', () => {
  it('shows a reconciliation error beside the figure that disagrees with the narrative', async () => {
    renderEditor();
    await userEvent.click(screen.getByRole('tab', { name: /Số liệu/ }));
    const fact = screen.getByRole('group', { name: 'Số liệu 2' });
    const value = within(fact).getByLabelText('Giá trị');
    fireEvent.change(value, { target: { value: '8' } });
    expect(await within(fact).findByText(/lời văn ghi 7 nhưng số liệu là 8/)).toBeTruthy();
    expect(within(fact).getByText(/cách ghi "07" không khớp giá trị 8/)).toBeTruthy();
  });

  it('keeps a local draft at once and autosaves the section with its version', async () => {
    const { save } = renderEditor();
    fireEvent.change(firstBlock(), {
      target: { value: 'Trong tháng 12, Sở tiếp tục triển khai các nhiệm vụ KH&CN:' },
    });
    expect(
      loadDraft<{ blocks: Array<{ text?: string }> }>(sectionDraftKey(EDITION, 'A.II.1.1'))?.value.blocks[0]
        ?.text,
    ).toBe('Trong tháng 12, Sở tiếp tục triển khai các nhiệm vụ KH&CN:');
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1), { timeout: 4000 });
    const sent = save.mock.calls[0]![0];
    expect(sent.version).toBe(3);
    expect(sent.content.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Trong tháng 12, Sở tiếp tục triển khai các nhiệm vụ KH&CN:',
    });
    await waitFor(() => expect(loadDraft(sectionDraftKey(EDITION, 'A.II.1.1'))).toBeNull());
    expect(screen.getByRole('status').textContent).toMatch(/Đã lưu lúc/);
  });

  it('does not save an invalid draft and says why, naming the field', async () => {
    const { save } = renderEditor();
    fireEvent.change(firstBlock(), { target: { value: '   ' } });
    await userEvent.click(screen.getByRole('button', { name: 'Lưu ngay' }));
    expect((await screen.findAllByText('Đoạn văn: không được để trống')).length).toBeGreaterThan(0);
    expect(save).not.toHaveBeenCalled();
  });

  it('on a conflict shows both versions and saves the merge on the newer version', async () => {
    const theirs = {
      ...tasksSection,
      blocks: [
        { kind: 'paragraph' as const, text: 'Bản của trưởng phòng.' },
        ...tasksSection.blocks.slice(1),
      ],
    };
    const save = vi
      .fn<SaveSection>()
      .mockRejectedValueOnce(
        conflictError(7, {
          title: theirs.title,
          blocks: theirs.blocks,
          facts: theirs.facts,
          legalRefs: theirs.legalRefs,
          recordRefs: theirs.recordRefs,
        }),
      )
      .mockResolvedValueOnce({ version: 8 });
    renderEditor({ save });
    fireEvent.change(firstBlock(), { target: { value: 'Bản của chuyên viên.' } });
    await userEvent.click(screen.getByRole('button', { name: 'Lưu ngay' }));
    expect(await screen.findByRole('heading', { name: /Gộp thay đổi/ })).toBeTruthy();
    const row = screen.getByRole('group', { name: 'Khối lời văn 1' });
    expect(within(row).getByText('Bản của chuyên viên.')).toBeTruthy();
    expect(within(row).getByText('Bản của trưởng phòng.')).toBeTruthy();
    // Until the merge is saved, the user's version stays in local storage.
    expect(loadDraft(sectionDraftKey(EDITION, 'A.II.1.1'))).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu bản đã gộp' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    const merged = save.mock.calls[1]![0];
    expect(merged.version).toBe(7);
    expect(merged.content.blocks.slice(0, 2)).toEqual([
      { kind: 'paragraph', text: 'Bản của chuyên viên.' },
      { kind: 'paragraph', text: 'Bản của trưởng phòng.' },
    ]);
  });

  it('restores an unsaved draft left by an expired session', () => {
    const draft = {
      ...tasksSection,
      blocks: [{ kind: 'paragraph', text: 'Nội dung gõ trước khi hết phiên.' }],
    };
    saveDraft(sectionDraftKey(EDITION, 'A.II.1.1'), { baseVersion: 3, value: draft });
    renderEditor({ version: 3 });
    expect((firstBlock() as HTMLTextAreaElement).value).toBe('Nội dung gõ trước khi hết phiên.');
  });

  it('offers a merge when the restored draft is older than what the server has', async () => {
    const draft = { ...tasksSection, blocks: [{ kind: 'paragraph', text: 'Nháp cũ.' }] };
    saveDraft(sectionDraftKey(EDITION, 'A.II.1.1'), { baseVersion: 2, value: draft });
    renderEditor({ version: 5 });
    expect(await screen.findByRole('heading', { name: /Gộp thay đổi/ })).toBeTruthy();
    expect(screen.getByText('Nháp cũ.')).toBeTruthy();
  });

  it('renders only the visible rows of 200 linked records', async () => {
    // happy-dom does no layout: give elements the size of the list's viewport.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(320);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    const recordRefs = Array.from({ length: 200 }, (_, i) => ({
      kind: 'task' as const,
      id: `task-${i + 1}`,
    }));
    renderEditor({ section: { ...tasksSection, recordRefs } });
    await userEvent.click(screen.getByRole('tab', { name: /Hồ sơ liên kết \(200\)/ }));
    const list = screen.getByRole('list', { name: 'Danh sách hồ sơ liên kết' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('200');
    expect(within(list).getByText('Hồ sơ task-1')).toBeTruthy();
    expect(within(list).queryByText('Hồ sơ task-200')).toBeNull();
    vi.restoreAllMocks();
  });

  it('takes a figure typed key by key the Vietnamese way: "1.034" in the metrology section', async () => {
    const metrology = sections.find((s) => s.key === 'A.IV.2')!;
    const { save } = renderEditor({ section: metrology });
    await userEvent.click(screen.getByRole('tab', { name: /Số liệu/ }));
    const fact = screen.getByRole('group', { name: 'Số liệu 1' });
    const value = within(fact).getByLabelText('Giá trị') as HTMLInputElement;
    expect(value.value).toBe('1.034');
    await userEvent.clear(value);
    await userEvent.type(value, '12.200');
    expect(value.value).toBe('12.200');
    expect(await within(fact).findByText(/lời văn ghi 1.034 nhưng số liệu là 12.200/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu ngay' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.lastCall![0].content.facts[0]!.value).toBe(12200);
  });

  it('reads the qualifier from the words of the narrative ("với gần 100")', async () => {
    const training = sections.find((s) => s.key === 'A.III.2')!;
    renderEditor({
      section: { ...training, facts: training.facts.map((f) => ({ ...f, qualifier: 'exact' as const })) },
    });
    await userEvent.click(screen.getByRole('tab', { name: /Số liệu/ }));
    const learners = screen.getByRole('group', { name: 'Số liệu 2' });
    expect(await within(learners).findByText('Lấy từ lời văn: “gần”')).toBeTruthy();
    expect((within(learners).getByLabelText('Từ hạn định') as HTMLInputElement).value).toBe('“gần”');
  });

  it('starts a new figure empty, even after deleting one, and does not save it before an indicator is chosen', async () => {
    const { save } = renderEditor();
    await userEvent.click(screen.getByRole('tab', { name: /Số liệu/ }));
    const first = screen.getByRole('group', { name: 'Số liệu 1' });
    expect((within(first).getByLabelText('Cách ghi trong văn bản') as HTMLInputElement).value).toBe('03');
    const count = screen.getAllByRole('group', { name: /^Số liệu \d+$/ }).length;
    await userEvent.click(screen.getByRole('button', { name: `Xóa số liệu ${count}` }));
    await userEvent.click(screen.getByRole('button', { name: 'Thêm số liệu' }));
    const added = screen.getByRole('group', { name: `Số liệu ${count}` });
    expect((within(added).getByLabelText('Cách ghi trong văn bản') as HTMLInputElement).value).toBe('');
    expect((within(added).getByLabelText('Giá trị') as HTMLInputElement).value).toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu ngay' }));
    expect((await screen.findAllByText(/Chỉ tiêu: chưa chọn chỉ tiêu/)).length).toBeGreaterThan(0);
    expect(save).not.toHaveBeenCalled();
  });

  it('lets staff choose the period a figure counts over, with a stated period of months', async () => {
    const { save } = renderEditor();
    await userEvent.click(screen.getByRole('tab', { name: /Số liệu/ }));
    const fact = screen.getByRole('group', { name: 'Số liệu 3' });
    const basis = within(fact).getByLabelText('Kỳ của số liệu');
    basis.focus();
    await userEvent.keyboard('{ArrowDown}');
    // Mantine's dropdown is still in its opening transition here: the option counts as hidden.
    const listbox = await waitFor(() => document.getElementById(basis.getAttribute('aria-controls') ?? '')!);
    await userEvent.click(
      within(listbox).getByRole('option', { name: 'Kỳ khác (từ tháng đến tháng)', hidden: true }),
    );
    const from = within(fact).getByRole('textbox', { name: 'Từ tháng' });
    const to = within(fact).getByRole('textbox', { name: 'Đến tháng' });
    // Typing months key by key is covered by the date input's own tests.
    fireEvent.change(from, { target: { value: '1/2023' } });
    fireEvent.change(to, { target: { value: '12/2023' } });
    await userEvent.click(screen.getByRole('button', { name: 'Lưu ngay' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.lastCall![0].content.facts[2]!.basis).toEqual({
      kind: 'period',
      from: '2023-01',
      to: '2023-12',
    });
  });
});
