import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A region that scrolls when its content is taller than `maxHeight`, reachable from the keyboard (focusable,
 * named) as WCAG asks of scrollable regions.
 */
export function ScrollBox({
  label,
  maxHeight,
  children,
}: {
  label: string;
  maxHeight: number;
  children: ReactNode;
}) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} mah={maxHeight} style={{ overflowY: 'auto' }}>
      {children}
    </Box>
  );
}
