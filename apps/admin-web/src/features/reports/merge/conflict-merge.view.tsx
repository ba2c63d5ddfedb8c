import {
  type Block,
  blockLines,
  describeBasis,
  type Fact,
  formatNumber,
  type IndicatorCatalogue,
  indicatorNameAt,
  qualifiedText,
  type SectionContent,
} from '@khcn/domain';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  type AlignedRow,
  applySectionMerge,
  countConflicts,
  type MergeDecisions,
  type RowResolution,
  planSectionMerge,
  resolveRow,
} from './section-merge.rules.ts';

type ConflictMergeViewProps = {
  sectionLabel: string;
  mine: SectionContent;
  theirs: SectionContent;
  /** The version both started from, when known: lets the view pre-select one-sided changes. */
  base: SectionContent | null;
  theirVersion: number;
  onResolve: (merged: SectionContent) => void;
  isSaving?: boolean;
  /** How figures are named: the catalogue as of the report's month. */
  names: FigureNames;
};

const blockText = (block: Block): string => blockLines(block).join('\n');

function blocksFromText(text: string, like: Block | null): Block[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (like?.kind === 'list') {
    const items = trimmed
      .split('\n')
      .map((l) => l.replace(/^\s*(-|\(\d+\)|\d+\.)\s*/, '').trim())
      .filter(Boolean);
    return [{ kind: 'list', style: like.style, items }];
  }
  return trimmed
    .split(/\n\s*\n/)
    .map((t) => ({ kind: 'paragraph', text: t.replace(/\s*\n\s*/g, ' ').trim() }) as Block);
}

/** How the merge view names figures: the department's catalogue as of the report's month. */
type FigureNames = { catalogue: IndicatorCatalogue; period: string };

const indicatorName = (code: string, names: FigureNames) => {
  const indicator = names.catalogue.get(code);
  return indicator ? indicatorNameAt(indicator, names.period) : code;
};

function factText(fact: Fact, names: FigureNames): string {
  const unit = names.catalogue.get(fact.indicator)?.unit ?? '';
  const written = fact.asWritten ? ` (ghi "${fact.asWritten}")` : '';
  const value = qualifiedText(fact.qualifier, formatNumber(fact.value));
  return `${indicatorName(fact.indicator, names)}: ${value} ${unit}${written}, ${describeBasis(fact.basis, names.period)}`;
}

const choiceLabels = {
  mine: 'Giữ bản của tôi',
  theirs: 'Lấy bản đã lưu',
  both: 'Giữ cả hai',
  custom: 'Tự sửa',
} as const;

function Side({ heading, children, empty }: { heading: string; children: string | null; empty: string }) {
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
        {heading}
      </Text>
      {children === null ? (
        <Text size="sm" fs="italic" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {children}
        </Text>
      )}
    </Paper>
  );
}

function RowChooser<T>({
  name,
  row,
  resolution,
  onChange,
  render,
  fromText,
  allowBoth,
  theirHeading,
}: {
  name: string;
  row: Extract<AlignedRow<T>, { kind: 'changed' }>;
  resolution: RowResolution<T> | undefined;
  onChange: (r: RowResolution<T>) => void;
  render: (value: T) => string;
  fromText?: (text: string) => T[];
  allowBoth: boolean;
  theirHeading: string;
}) {
  const current = resolution ?? { choice: row.suggested };
  const [customText, setCustomText] = useState('');
  const options = (
    ['mine', 'theirs', ...(allowBoth ? ['both'] : []), ...(fromText ? ['custom'] : [])] as const
  ).filter((c) => !(c === 'both' && (row.mine === null || row.theirs === null)));
  return (
    <Paper withBorder p="sm" role="group" aria-label={name}>
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {name}
        </Text>
        {row.isConflict ? (
          <Badge color="red" variant="light">
            Cả hai cùng sửa
          </Badge>
        ) : (
          <Badge color="gray" variant="light">
            Chỉ một bên sửa
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Side heading="Bản của bạn (chưa lưu)" empty="(không có trong bản của bạn)">
          {row.mine === null ? null : render(row.mine)}
        </Side>
        <Side heading={theirHeading} empty="(không có trong bản đã lưu)">
          {row.theirs === null ? null : render(row.theirs)}
        </Side>
      </SimpleGrid>
      <Radio.Group
        mt="sm"
        label="Giữ lại"
        value={current.choice}
        onChange={(choice) => {
          if (choice === 'custom' && fromText) {
            const start = resolveRow(row, current.choice === 'custom' ? current : { choice: current.choice })
              .map(render)
              .join('\n\n');
            setCustomText(start);
            onChange({ choice: 'custom', values: fromText(start) });
          } else {
            onChange({ choice: choice as 'mine' | 'theirs' | 'both' });
          }
        }}
      >
        <Group gap="md" mt={4}>
          {options.map((c) => (
            <Radio key={c} value={c} label={choiceLabels[c as keyof typeof choiceLabels]} />
          ))}
        </Group>
      </Radio.Group>
      {current.choice === 'custom' && fromText ? (
        <Textarea
          mt="sm"
          label="Nội dung sau khi gộp"
          autosize
          minRows={3}
          value={customText}
          onChange={(e) => {
            setCustomText(e.currentTarget.value);
            onChange({ choice: 'custom', values: fromText(e.currentTarget.value) });
          }}
        />
      ) : null}
    </Paper>
  );
}

/**
 * Someone else saved the section while this user was editing it. Both versions are shown side by side,
 * row by row; the user keeps theirs, the other's, both, or writes the merged text. Nothing is dropped
 * without a choice, and the user's version stays in local storage until the merge is saved.
 */
export function ConflictMergeView({
  sectionLabel,
  mine,
  theirs,
  base,
  theirVersion,
  onResolve,
  isSaving,
  names,
}: ConflictMergeViewProps) {
  const plan = useMemo(() => planSectionMerge(mine, theirs, base), [mine, theirs, base]);
  const [decisions, setDecisions] = useState<MergeDecisions>({ blocks: {}, facts: {} });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const conflicts = countConflicts(plan);
  const theirHeading = `Bản đã lưu (phiên bản ${theirVersion})`;
  const sameBlocks = plan.blocks.filter((r) => r.kind === 'same').length;

  const chooseAll = (choice: 'mine' | 'theirs') =>
    setDecisions({
      title: choice,
      blocks: Object.fromEntries(plan.blocks.map((_, i) => [i, { choice }])),
      facts: Object.fromEntries(plan.facts.map((_, i) => [i, { choice }])),
    });

  return (
    <Stack gap="md" aria-labelledby="conflict-heading">
      <Title order={2} size="h3" id="conflict-heading" ref={headingRef} tabIndex={-1}>
        Gộp thay đổi: mục {sectionLabel}
      </Title>
      <Alert color="yellow" variant="light" title="Mục này vừa được người khác lưu">
        Bản của bạn chưa được lưu và vẫn được giữ trên máy này. Hãy chọn nội dung giữ lại cho từng phần khác
        nhau
        {conflicts > 0 ? ` (${conflicts} chỗ cả hai cùng sửa)` : ''}, rồi bấm “Lưu bản đã gộp”.
      </Alert>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => chooseAll('mine')}>
          Chọn tất cả bản của tôi
        </Button>
        <Button variant="default" size="xs" onClick={() => chooseAll('theirs')}>
          Chọn tất cả bản đã lưu
        </Button>
      </Group>

      {plan.title ? (
        <Paper withBorder p="sm" role="group" aria-label="Tiêu đề mục">
          <Text fw={600} size="sm" mb="xs">
            Tiêu đề mục
          </Text>
          <Radio.Group
            value={decisions.title ?? plan.title.suggested}
            onChange={(v) => setDecisions((d) => ({ ...d, title: v as 'mine' | 'theirs' }))}
            label="Giữ tiêu đề"
          >
            <Stack gap={4} mt={4}>
              <Radio value="mine" label={`Của tôi: ${plan.title.mine}`} />
              <Radio value="theirs" label={`Đã lưu: ${plan.title.theirs}`} />
            </Stack>
          </Radio.Group>
        </Paper>
      ) : null}

      <Title order={3} size="h4">
        Lời văn
      </Title>
      {sameBlocks > 0 ? (
        <Text size="sm" c="dimmed">
          {sameBlocks} khối giống nhau ở hai bản được giữ nguyên.
        </Text>
      ) : null}
      {plan.blocks.every((r) => r.kind === 'same') ? (
        <Text size="sm">Lời văn của hai bản giống nhau.</Text>
      ) : null}
      {plan.blocks.map((row, i) =>
        row.kind === 'same' ? null : (
          <RowChooser<Block>
            key={`b${i}`}
            name={`Khối lời văn ${i + 1}`}
            row={row}
            resolution={decisions.blocks[i]}
            onChange={(r) => setDecisions((d) => ({ ...d, blocks: { ...d.blocks, [i]: r } }))}
            render={blockText}
            fromText={(t) => blocksFromText(t, row.mine ?? row.theirs)}
            allowBoth
            theirHeading={theirHeading}
          />
        ),
      )}

      <Title order={3} size="h4">
        Số liệu
      </Title>
      {plan.facts.every((r) => r.kind === 'same') ? (
        <Text size="sm">Số liệu của hai bản giống nhau.</Text>
      ) : null}
      {plan.facts.map((row, i) =>
        row.kind === 'same' ? null : (
          <RowChooser<Fact>
            key={`f${i}`}
            name={`Số liệu: ${indicatorName((row.mine ?? row.theirs)!.indicator, names)}`}
            row={row}
            resolution={decisions.facts[i]}
            onChange={(r) => setDecisions((d) => ({ ...d, facts: { ...d.facts, [i]: r } }))}
            render={(fact) => factText(fact, names)}
            allowBoth={false}
            theirHeading={theirHeading}
          />
        ),
      )}

      <Text size="sm">
        Văn bản viện dẫn và hồ sơ liên kết được gộp tự động: giữ các mục có ở bản nào cũng được thêm (
        {plan.legalRefs.length} văn bản, {plan.recordRefs.length} hồ sơ).
      </Text>
      <Group>
        <Button onClick={() => onResolve(applySectionMerge(plan, decisions, mine.title))} loading={isSaving}>
          Lưu bản đã gộp
        </Button>
      </Group>
    </Stack>
  );
}
