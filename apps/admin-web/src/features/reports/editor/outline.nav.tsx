import { buildOutlineTree, type Finding, type OutlineNode, type Section } from '@khcn/domain';
import { Badge, Group, Text, UnstyledButton } from '@mantine/core';

type OutlineNavProps = {
  sections: readonly Section[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
  findings: readonly Finding[];
  editableKeys: ReadonlySet<string>;
  /** Sections with a local unsaved draft. */
  draftKeys: ReadonlySet<string>;
};

function NodeItem({ node, ...props }: { node: OutlineNode } & Omit<OutlineNavProps, 'sections'>) {
  const { section } = node;
  const errors = props.findings.filter((f) => f.sectionKey === section.key && f.severity === 'error').length;
  const warnings = props.findings.filter(
    (f) => f.sectionKey === section.key && f.severity === 'warning',
  ).length;
  const isSelected = props.selectedKey === section.key;
  const isEditable = props.editableKeys.has(section.key);
  return (
    <li>
      <UnstyledButton
        onClick={() => props.onSelect(section.key)}
        aria-current={isSelected ? 'true' : undefined}
        w="100%"
        py={4}
        pr={6}
        pl={8 + node.depth * 14}
        style={{
          borderRadius: 4,
          background: isSelected ? 'var(--mantine-color-blue-1)' : undefined,
          borderLeft: isSelected ? '3px solid var(--mantine-color-blue-8)' : '3px solid transparent',
        }}
      >
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Text size="sm" fw={node.depth === 0 ? 700 : 500} style={{ flexShrink: 0 }}>
            {section.label}
          </Text>
          <Text size="sm" lineClamp={2} c={isEditable ? undefined : 'gray.7'} style={{ flex: 1 }}>
            {section.title}
          </Text>
          {props.draftKeys.has(section.key) ? (
            <Badge size="xs" color="blue" variant="light" title="Có thay đổi chưa lưu trên máy này">
              nháp
            </Badge>
          ) : null}
          {errors > 0 ? (
            <Badge size="xs" color="red" variant="filled" aria-label={`${errors} lỗi số liệu`}>
              {errors}
            </Badge>
          ) : warnings > 0 ? (
            <Badge size="xs" color="yellow" variant="filled" c="dark.9" aria-label={`${warnings} cảnh báo`}>
              {warnings}
            </Badge>
          ) : null}
        </Group>
      </UnstyledButton>
      {node.children.length > 0 ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {node.children.map((child) => (
            <NodeItem key={child.section.key} node={child} {...props} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The report's outline as a tree (A. > I. > 1. > 1.1.), with each section's findings and drafts. */
export function OutlineNav({ sections, ...props }: OutlineNavProps) {
  const tree = buildOutlineTree(sections);
  return (
    <nav aria-label="Đề cương báo cáo">
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {tree.map((node) => (
          <NodeItem key={node.section.key} node={node} {...props} />
        ))}
      </ul>
    </nav>
  );
}
