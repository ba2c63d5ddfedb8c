import { Button, type ButtonProps, Group } from '@mantine/core';

export type RowAction = {
  /** What the button says ("Sửa"). */
  text: string;
  /** What a screen reader hears, naming the row ("Sửa Sở Y tế"). */
  label: string;
  onClick: () => void;
  color?: ButtonProps['color'];
};

/** The buttons in a table row's "Thao tác" cell: the first (usually "Sửa") stands out, the others are quieter. */
export function RowActions({ actions }: { actions: RowAction[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {actions.map((action, i) => (
        <Button
          key={action.text}
          size="xs"
          variant={i === 0 ? 'light' : 'subtle'}
          color={action.color}
          aria-label={action.label}
          onClick={action.onClick}
        >
          {action.text}
        </Button>
      ))}
    </Group>
  );
}
