import { type RecordRef, recordKindRegistry } from '@khcn/domain';
import { ActionIcon, Badge, Group, Paper, Text, Tooltip } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';

const ROW_HEIGHT = 44;

type LinkedRecordsListProps = {
  refs: RecordRef[];
  /** The record's title (rendered per visible row, so only rows in view load their record). */
  renderTitle: (ref: RecordRef) => ReactNode;
  onRemove?: (index: number) => void;
  /** Visible height of the list; longer lists scroll inside it. */
  height?: number;
};

/**
 * The records a section links, virtualised: only the rows in view are in the page, so a section with
 * hundreds of links stays responsive.
 */
export function LinkedRecordsList({ refs, renderTitle, onRemove, height = 320 }: LinkedRecordsListProps) {
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: refs.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // happy-dom and first paint: render a first screenful before measuring.
    initialRect: { width: 800, height },
  });
  if (refs.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Chưa liên kết hồ sơ nào.
      </Text>
    );
  }
  return (
    <Paper withBorder>
      {/* A scrollable region must be reachable by keyboard to scroll it (WCAG 2.1.1). */}
      <section
        ref={scrollRef}
        style={{ height: Math.min(height, refs.length * ROW_HEIGHT + 2), overflowY: 'auto' }}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard focus
        tabIndex={0}
        aria-label={`Hồ sơ liên kết (${refs.length})`}
      >
        <ul
          style={{
            height: virtualizer.getTotalSize(),
            position: 'relative',
            margin: 0,
            padding: 0,
            listStyle: 'none',
          }}
          aria-label="Danh sách hồ sơ liên kết"
        >
          {virtualizer.getVirtualItems().map((item) => {
            const ref = refs[item.index]!;
            return (
              <li
                key={`${ref.kind}:${ref.id}`}
                aria-setsize={refs.length}
                aria-posinset={item.index + 1}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
                }}
              >
                <Group h="100%" px="sm" gap="sm" wrap="nowrap" justify="space-between">
                  <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                    <Badge
                      variant="light"
                      color={recordKindRegistry[ref.kind].labels.color}
                      style={{ flexShrink: 0 }}
                    >
                      {recordKindRegistry[ref.kind].labels.area}
                    </Badge>
                    <Text size="sm" truncate="end" component="div" style={{ minWidth: 0 }}>
                      {renderTitle(ref)}
                    </Text>
                  </Group>
                  {onRemove ? (
                    <Tooltip label="Bỏ liên kết">
                      <ActionIcon
                        variant="default"
                        size="sm"
                        aria-label={`Bỏ liên kết hồ sơ ${ref.id}`}
                        onClick={() => onRemove(item.index)}
                      >
                        ✕
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                </Group>
              </li>
            );
          })}
        </ul>
      </section>
    </Paper>
  );
}
