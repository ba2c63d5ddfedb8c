import { type Finding, formatDateTime, outlineNumber, type Section } from '@khcn/domain';
import { Anchor, Checkbox, Group, List, Text } from '@mantine/core';
import type { RouterOutputs } from '../../app/api-types.ts';
import { warningTextColor } from '../../app/theme.ts';

type FindingCheck = RouterOutputs['reports']['get']['findingChecks'][number];

export type FindingsListProps = {
  findings: readonly Finding[];
  sections: readonly Pick<Section, 'key' | 'parentKey' | 'label'>[];
  checks: readonly FindingCheck[];
  /** Whether the signed-in user may mark this warning as checked (an editor of its section, on a draft). */
  canCheck?: (finding: Finding) => boolean;
  onCheck?: (finding: Finding, checked: boolean) => void;
  onSelectSection?: (key: string) => void;
  /** Leave the section out of each line (the list is of one section). */
  withoutSection?: boolean;
};

/**
 * Reconciliation findings: errors to fix, warnings to look at. A warning someone has looked at (the words still
 * name last month on purpose, the figure really is the same) can be marked as checked; who and when is shown.
 */
export function FindingsList({
  findings,
  sections,
  checks,
  canCheck,
  onCheck,
  onSelectSection,
  withoutSection,
}: FindingsListProps) {
  const checkByKey = new Map(checks.map((c) => [c.key, c]));
  const ordered = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <List size="sm" spacing={4} listStyleType="none" ml={0} pl={0}>
      {ordered.map((f) => {
        const check = f.severity === 'warning' ? checkByKey.get(f.key) : undefined;
        const number = f.sectionKey ? outlineNumber(sections, f.sectionKey) : null;
        return (
          <List.Item key={f.key}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Text
                span
                size="sm"
                c={f.severity === 'error' ? 'red.9' : warningTextColor}
                fw={600}
                style={{ whiteSpace: 'nowrap' }}
              >
                {f.severity === 'error' ? 'Lỗi' : check ? 'Đã kiểm tra' : 'Cảnh báo'}
              </Text>
              <Text span size="sm">
                {number && !withoutSection ? (
                  onSelectSection ? (
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      onClick={() => onSelectSection(f.sectionKey!)}
                    >
                      Mục {number}
                    </Anchor>
                  ) : (
                    <>Mục {number}</>
                  )
                ) : null}
                {number && !withoutSection ? ': ' : ''}
                {f.message}
                {check ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({check.checkedByName} đánh dấu đã kiểm tra lúc {formatDateTime(check.checkedAt)})
                  </Text>
                ) : null}
              </Text>
            </Group>
            {f.severity === 'warning' && onCheck && canCheck?.(f) ? (
              <Checkbox
                size="xs"
                mt={2}
                ml="lg"
                label="Đã kiểm tra, giữ nguyên"
                checked={check !== undefined}
                onChange={(e) => onCheck(f, e.currentTarget.checked)}
              />
            ) : null}
          </List.Item>
        );
      })}
    </List>
  );
}
