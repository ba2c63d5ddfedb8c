import { type ExchangeListing, formatDate, isListingExpired, todayInVietnam } from '@khcn/domain';
import { Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { RouterOutputs } from '../../app/api-types.ts';
import { trpc } from '../../app/trpc.ts';
import { ConfirmAction } from '../../shared/form/confirm-action.modal.tsx';
import { PdfUploadPanel } from './pdf-upload.panel.tsx';

type StoredRecord = RouterOutputs['records']['get'];
type PanelProps = { stored: StoredRecord; canWrite: boolean; onChanged: () => unknown };

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h5" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const listingActions = {
  renew: {
    title: 'Gia hạn tin?',
    text: 'Tin được gia hạn thêm một quý (90 ngày) kể từ hôm nay và tiếp tục hiển thị trên sàn giao dịch công nghệ.',
    confirm: 'Gia hạn',
    done: 'Đã gia hạn tin.',
  },
  expire: {
    title: 'Cho tin hết hạn?',
    text: 'Tin chuyển sang “Hết hạn” và không còn hiển thị trên sàn giao dịch ở lần xuất bản cổng thông tin tiếp theo.',
    confirm: 'Cho hết hạn',
    done: 'Tin đã hết hạn.',
  },
} as const;

/** A listing's validity: renew it for a quarter or let it expire, each behind a confirmation. */
function ListingValidityPanel({
  listing,
  version,
  canWrite,
  onChanged,
}: { listing: ExchangeListing; version: number } & Omit<PanelProps, 'stored'>) {
  const [action, setAction] = useState<keyof typeof listingActions | null>(null);
  const renew = useMutation(trpc.records.renewListing.mutationOptions());
  const expire = useMutation(trpc.records.expireListing.mutationOptions());
  const mutation = action === 'expire' ? expire : renew;
  const expired = isListingExpired(listing, todayInVietnam(new Date()));
  const open = (next: keyof typeof listingActions) => {
    renew.reset();
    expire.reset();
    setAction(next);
  };
  return (
    <Panel id="listing-validity" title="Thời hạn đăng tin">
      <Group gap="sm">
        <Badge color={expired ? 'red' : 'green'} variant="light">
          {expired ? 'Hết hạn' : 'Đang đăng'}
        </Badge>
        <Text size="sm">Hết hạn ngày {formatDate(listing.expiresOn)}</Text>
        {canWrite ? (
          <>
            <Button size="xs" onClick={() => open('renew')} loading={renew.isPending}>
              Gia hạn thêm một quý
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red"
              onClick={() => open('expire')}
              loading={expire.isPending}
              disabled={listing.status !== 'active'}
            >
              Cho hết hạn
            </Button>
          </>
        ) : null}
      </Group>
      {action ? (
        <ConfirmAction
          opened
          onClose={() => setAction(null)}
          title={listingActions[action].title}
          confirmLabel={listingActions[action].confirm}
          confirmColor={action === 'expire' ? 'red' : undefined}
          size="md"
          isPending={mutation.isPending}
          error={mutation.error}
          onConfirm={() =>
            mutation.mutate(
              { id: listing.id, version },
              {
                onSuccess: async () => {
                  notifications.show({ color: 'green', message: listingActions[action].done });
                  setAction(null);
                  await onChanged();
                },
              },
            )
          }
        >
          <Text size="sm">{listingActions[action].text}</Text>
        </ConfirmAction>
      ) : null}
    </Panel>
  );
}

/**
 * What a kind's page shows above its form besides the fields: a listing's validity, a publication's PDF. The
 * registry describes data; these are the few screens some kinds add.
 */
export function RecordPanel({ stored, canWrite, onChanged }: PanelProps) {
  switch (stored.kind) {
    case 'listing':
      return (
        <ListingValidityPanel
          listing={stored.data}
          version={stored.version}
          canWrite={canWrite}
          onChanged={onChanged}
        />
      );
    case 'publication':
      return canWrite ? (
        <Panel id="publication-pdf" title="Tệp PDF của ấn phẩm">
          <PdfUploadPanel
            id={stored.data.id}
            version={stored.version}
            hasPdf={Boolean(stored.data.pdfFileId)}
            onUploaded={() => void onChanged()}
          />
        </Panel>
      ) : null;
    default:
      return null;
  }
}
