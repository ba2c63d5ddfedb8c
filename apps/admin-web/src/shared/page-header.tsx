import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The h1 of a page, an optional line under it and the page's main actions. */
export function PageHeader({
  title,
  description,
  actions,
  printHidden,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Left out when printing (the preview prints the report only). */
  printHidden?: boolean;
}) {
  return (
    <Group
      justify="space-between"
      align="flex-start"
      mb="md"
      gap="sm"
      data-print-hidden={printHidden || undefined}
    >
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="xs">{actions}</Group> : null}
    </Group>
  );
}
