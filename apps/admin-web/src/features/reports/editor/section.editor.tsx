import {
  type Finding,
  type ReconciliationContext,
  outlineNumber,
  reconcileReport,
  type Section,
  type SectionContent,
} from '@khcn/domain';
import { Alert, Badge, Button, Group, List, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { formatTime } from '../../../shared/format-time.ts';
import { loadDraft, sectionDraftKey } from '../../../shared/form-draft.storage.ts';
import { ConflictMergeView } from '../merge/conflict-merge.view.tsx';
import { BlocksEditor } from './blocks.editor.tsx';
import type { RouterOutputs } from '../../../app/api-types.ts';
import { FindingsList } from '../findings.list.tsx';
import { FactsEditor } from './facts.editor.tsx';
import { createNotesLookup, joinNotes } from './field-messages.ts';
import { LegalRefsEditor } from './legal-refs.editor.tsx';
import { LinkedRecordsList } from './linked-records.list.tsx';
import { LinkedRecordTitle, RecordPicker } from './record-picker.tsx';
import {
  checkSectionDraft,
  groupIssues,
  isSameContent,
  normalizeSectionDraft,
  type SectionDraft,
} from './section-draft.rules.ts';
import { type SaveSection, type SaveState, useSectionAutosave } from './use-section-autosave.ts';
import { successTextColor } from '../../../app/theme.ts';

export type SectionEditorProps = {
  editionId: string;
  section: Section;
  version: number;
  canEdit: boolean;
  /** Every section of the edition as the server has it: reconciliation runs across sections. */
  allSections: readonly Section[];
  save: SaveSection;
  onSaved?: (version: number) => void;
  /** Renders a linked record's title; the report editor passes one that loads records lazily. */
  renderRecordTitle?: (ref: SectionContent['recordRefs'][number]) => React.ReactNode;
  /** The record search box; left out in tests. */
  showRecordPicker?: boolean;
  /** What figures are checked against besides the section: catalogue, report month, the year's months, last month. */
  checkContext: ReconciliationContext;
  /** Warnings of the edition marked as checked, and how to mark one (absent: marks cannot be changed here). */
  findingChecks?: RouterOutputs['reports']['get']['findingChecks'];
  onCheckFinding?: (finding: Finding, checked: boolean) => void;
};

const contentOf = (s: Section): SectionContent => ({
  title: s.title,
  blocks: s.blocks,
  facts: s.facts,
  legalRefs: s.legalRefs,
  recordRefs: s.recordRefs,
});

function SaveStatus({ state }: { state: SaveState }) {
  const text = (() => {
    switch (state.kind) {
      case 'saved':
        return state.at ? `Đã lưu lúc ${formatTime(state.at)}` : 'Chưa có thay đổi';
      case 'dirty':
        return 'Có thay đổi chưa lưu (đã giữ trên máy này)';
      case 'saving':
        return 'Đang lưu…';
      case 'invalid':
        return 'Chưa lưu được: nội dung còn lỗi (xem các ô báo đỏ)';
      case 'error':
        return `Chưa lưu được: ${state.message}`;
      case 'offline':
        return 'Mất kết nối; nội dung được giữ trên máy này và sẽ lưu lại khi có mạng';
    }
  })();
  const color =
    state.kind === 'saved'
      ? successTextColor
      : state.kind === 'invalid' || state.kind === 'error'
        ? 'red.9'
        : 'gray.8';
  return (
    <Text size="sm" c={color} role="status" aria-live="polite">
      {text}
    </Text>
  );
}

/**
 * Picks the starting content: the server's, or a local draft left by an expired session or a closed tab.
 * A draft based on the version the server has (or a newer one than this page knows) is restored; a draft
 * based on an older version, which someone else has changed since, goes to the merge view.
 */
function initialDraft(editionId: string, section: Section, version: number) {
  const server = contentOf(section);
  const stored = loadDraft<SectionDraft>(sectionDraftKey(editionId, section.key));
  if (!stored || isSameContent(stored.value, server)) {
    return { values: server, version, restored: false, staleDraft: null };
  }
  if (stored.baseVersion >= version) {
    return { values: stored.value, version: stored.baseVersion, restored: true, staleDraft: null };
  }
  return { values: server, version, restored: false, staleDraft: stored.value };
}

/**
 * One section of a report: title, narrative, figures, legal references and linked records, with
 * reconciliation findings next to the fields they concern, autosave, and a merge view on conflict.
 */
export function SectionEditor({
  editionId,
  section,
  version,
  canEdit,
  allSections,
  save,
  onSaved,
  renderRecordTitle,
  showRecordPicker = true,
  checkContext,
  findingChecks = [],
  onCheckFinding,
}: SectionEditorProps) {
  const [start] = useState(() => initialDraft(editionId, section, version));
  const form = useForm<SectionDraft>({ defaultValues: start.values });
  const serverContent = useMemo(() => contentOf(section), [section]);
  const autosave = useSectionAutosave({
    form,
    draftKey: sectionDraftKey(editionId, section.key),
    initialVersion: start.version,
    initialContent: serverContent,
    enabled: canEdit,
    save,
    onSaved,
  });
  const { startConflict } = autosave;

  useEffect(() => {
    if (start.restored) {
      notifications.show({
        color: 'blue',
        title: 'Đã khôi phục nội dung chưa lưu',
        message: `Mục ${outlineNumber(allSections, section.key)} có thay đổi chưa lưu từ lần trước; hệ thống sẽ lưu tự động.`,
      });
    }
    if (start.staleDraft) {
      startConflict({
        currentVersion: version,
        currentContent: serverContent,
        mine: normalizeSectionDraft(start.staleDraft),
      });
    }
  }, [start, section.label, startConflict, version, serverContent]);

  useHotkeys([['mod+S', () => void autosave.flush()]], []);

  const values = useWatch({ control: form.control }) as SectionDraft;
  const deferred = useDeferredValue(values);
  const liveFindings = useMemo<Finding[]>(() => {
    try {
      const draft = normalizeSectionDraft(deferred);
      const sections = allSections.map((s) => (s.key === section.key ? { ...s, ...draft } : s));
      return reconcileReport({ sections }, checkContext).filter((f) => f.sectionKey === section.key);
    } catch {
      return [];
    }
  }, [deferred, allSections, section.key, checkContext]);
  const showValidation = useRef(false);
  if (autosave.state.kind === 'invalid') showValidation.current = true;
  const issues = useMemo(() => {
    if (!showValidation.current) return new Map<string, string[]>();
    const check = checkSectionDraft(deferred);
    return check.ok ? new Map<string, string[]>() : groupIssues(check.issues);
  }, [deferred, autosave.state]);
  const notes = useMemo(() => createNotesLookup(issues, liveFindings), [issues, liveFindings]);
  const readOnly = !canEdit;

  const countAt = (prefix: string) =>
    liveFindings.filter((f) => f.severity === 'error' && f.path?.startsWith(prefix)).length +
    [...issues.keys()].filter((k) => k.startsWith(prefix)).length;

  if (autosave.conflict) {
    return (
      <ConflictMergeView
        sectionLabel={`${section.label} ${section.title}`}
        mine={autosave.conflict.mine}
        theirs={autosave.conflict.currentContent}
        base={start.staleDraft ? null : autosave.baseContent.current}
        theirVersion={autosave.conflict.currentVersion}
        onResolve={autosave.resolveConflict}
        isSaving={autosave.state.kind === 'saving'}
        names={checkContext}
      />
    );
  }

  const recordRefs = values.recordRefs ?? [];
  const tabBadge = (n: number) =>
    n > 0 ? (
      <Badge size="xs" color="red" variant="filled" ml={6} aria-label={`${n} lỗi`}>
        {n}
      </Badge>
    ) : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Text size="sm" c="dimmed">
            Mục {outlineNumber(allSections, section.key)} · Phòng {section.division}
          </Text>
          <Title order={2} size="h3">
            {section.label} {values.title}
          </Title>
        </div>
        {canEdit ? (
          <Group gap="xs">
            <SaveStatus state={autosave.state} />
            <Button size="xs" variant="default" onClick={() => void autosave.flush()} title="Ctrl+S">
              Lưu ngay
            </Button>
          </Group>
        ) : (
          <Badge color="gray" variant="light">
            Chỉ xem
          </Badge>
        )}
      </Group>
      {autosave.state.kind === 'invalid' ? (
        <Alert color="red" variant="light" title="Chưa lưu được">
          <List size="sm">
            {autosave.state.messages.slice(0, 6).map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {liveFindings.length > 0 ? (
        <Alert
          color={liveFindings.some((f) => f.severity === 'error') ? 'red' : 'yellow'}
          variant="light"
          title="Kiểm tra số liệu"
        >
          <FindingsList
            findings={liveFindings}
            sections={allSections}
            checks={findingChecks}
            withoutSection
            onCheck={canEdit ? onCheckFinding : undefined}
            canCheck={() => canEdit}
          />
        </Alert>
      ) : null}
      <Controller
        control={form.control}
        name="title"
        render={({ field }) => (
          <TextInput
            label="Tiêu đề mục"
            value={field.value}
            onChange={(e) => field.onChange(e.currentTarget.value)}
            onBlur={field.onBlur}
            readOnly={readOnly}
            error={joinNotes(notes('title').errors)}
          />
        )}
      />
      <Tabs defaultValue="blocks" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="blocks">
            Lời văn ({values.blocks?.length ?? 0}){tabBadge(countAt('blocks'))}
          </Tabs.Tab>
          <Tabs.Tab value="facts">
            Số liệu ({values.facts?.length ?? 0}){tabBadge(countAt('facts'))}
          </Tabs.Tab>
          <Tabs.Tab value="legal">Văn bản viện dẫn ({values.legalRefs?.length ?? 0})</Tabs.Tab>
          <Tabs.Tab value="records">Hồ sơ liên kết ({recordRefs.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="blocks" pt="md">
          <BlocksEditor control={form.control} readOnly={readOnly} notes={notes} />
        </Tabs.Panel>
        <Tabs.Panel value="facts" pt="md">
          <FactsEditor
            control={form.control}
            readOnly={readOnly}
            notes={notes}
            catalogue={checkContext.catalogue}
            period={checkContext.period}
            setValue={form.setValue}
          />
        </Tabs.Panel>
        <Tabs.Panel value="legal" pt="md">
          <Controller
            control={form.control}
            name="legalRefs"
            render={({ field }) => (
              <LegalRefsEditor
                value={field.value}
                onChange={field.onChange}
                readOnly={readOnly}
                notes={notes}
              />
            )}
          />
        </Tabs.Panel>
        <Tabs.Panel value="records" pt="md">
          <Controller
            control={form.control}
            name="recordRefs"
            render={({ field }) => (
              <Stack gap="sm">
                <LinkedRecordsList
                  refs={field.value}
                  renderTitle={renderRecordTitle ?? ((ref) => <LinkedRecordTitle recordRef={ref} />)}
                  onRemove={
                    readOnly
                      ? undefined
                      : (index) => field.onChange(field.value.filter((_, i) => i !== index))
                  }
                />
                {readOnly || !showRecordPicker ? null : (
                  <RecordPicker linked={field.value} onAdd={(ref) => field.onChange([...field.value, ref])} />
                )}
              </Stack>
            )}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
