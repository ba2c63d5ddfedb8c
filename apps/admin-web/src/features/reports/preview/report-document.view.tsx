import {
  type Block,
  buildOutlineTree,
  formatOfficialDateLine,
  formatReportNumber,
  listMarker,
  type OutlineNode,
  type ReportEdition,
  signingAuthorities,
} from '@khcn/domain';
import { Box, Text, Title } from '@mantine/core';

const serif = '"Times New Roman", "Noto Serif", "DejaVu Serif", serif';

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'paragraph') {
    return (
      <Text
        component="p"
        style={{ textIndent: '1.27cm', textAlign: 'justify', fontFamily: serif }}
        size="md"
        my={6}
      >
        {block.text}
      </Text>
    );
  }
  return (
    <Box component="ul" my={6} pl={0} style={{ listStyle: 'none', fontFamily: serif }}>
      {block.items.map((item, i) => (
        <Text
          component="li"
          key={`${i}-${item.slice(0, 20)}`}
          style={{ textIndent: '1.27cm', textAlign: 'justify' }}
          size="md"
          my={4}
        >
          {listMarker(block.style, i)}
          {item}
        </Text>
      ))}
    </Box>
  );
}

function SectionView({ node }: { node: OutlineNode }) {
  const { section } = node;
  const order = Math.min(node.depth + 3, 6) as 3 | 4 | 5 | 6;
  return (
    <section aria-labelledby={`sec-${section.key}`}>
      <Title order={order} id={`sec-${section.key}`} size="h5" fw={700} mt="sm" style={{ fontFamily: serif }}>
        {section.label} {section.title}
      </Title>
      {section.blocks.map((b, i) => (
        <BlockView key={`${section.key}-${i}`} block={b} />
      ))}
      {node.children.map((child) => (
        <SectionView key={child.section.key} node={child} />
      ))}
    </section>
  );
}

/**
 * The report as the public page and the official document show it: header, title, subject, the outline
 * with its narrative, recipients and signature. Rendered from the edition's content, nothing else.
 */
export function ReportDocumentView({
  edition,
  place,
  issuer,
}: {
  edition: ReportEdition;
  place?: string;
  issuer?: { parent: string; name: string };
}) {
  const { content } = edition;
  const tree = buildOutlineTree(content.sections);
  const agency = issuer ?? { parent: 'UBND TỈNH HƯNG YÊN', name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' };
  return (
    <Box
      component="article"
      maw={820}
      mx="auto"
      p={{ base: 'md', sm: 'xl' }}
      bg="white"
      style={{ fontFamily: serif, color: '#000' }}
    >
      <Box style={{ display: 'grid', gridTemplateColumns: '1fr 1.4fr', gap: '1rem', textAlign: 'center' }}>
        <div>
          <Text size="sm">{agency.parent}</Text>
          <Text size="sm" fw={700}>
            {agency.name}
          </Text>
          <Text size="sm" mt={6}>
            {edition.number
              ? formatReportNumber(edition.number.sequence, edition.number.symbol)
              : 'Số:      /BC-SKHCN'}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={700}>
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
          </Text>
          <Text size="sm" fw={700}>
            Độc lập - Tự do - Hạnh phúc
          </Text>
          <Text size="sm" fs="italic" mt={6}>
            {edition.issuedOn
              ? formatOfficialDateLine(place ?? content.place, edition.issuedOn)
              : `${place ?? content.place}, ngày ... tháng ... năm ...`}
          </Text>
        </div>
      </Box>
      <Title order={2} ta="center" size="h3" mt="lg" style={{ fontFamily: serif }}>
        BÁO CÁO
      </Title>
      <Text ta="center" fw={700} mb="md">
        {content.subject}
      </Text>
      {tree.map((node) => (
        <SectionView key={node.section.key} node={node} />
      ))}
      <Text my="sm" style={{ textIndent: '1.27cm' }}>
        {content.closing}
      </Text>
      <Box style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '1rem' }} mt="lg">
        <div>
          <Text size="sm" fw={700} fs="italic">
            Nơi nhận:
          </Text>
          {content.recipients.map((r) => (
            <Text size="xs" key={r.name}>
              - {r.name}
              {r.forReport ? ' (để báo cáo)' : ''}
              {';'}
            </Text>
          ))}
          {content.archive.length > 0 ? <Text size="xs">- Lưu: {content.archive.join(', ')}.</Text> : null}
        </div>
        {content.signature ? (
          <Box ta="center">
            <Text size="sm" fw={700} tt="uppercase">
              {signingAuthorities[content.signature.authority]} {content.signature.authorityTitle}
            </Text>
            <Text size="sm" fw={700} tt="uppercase">
              {content.signature.signerTitle}
            </Text>
            <Text size="sm" fw={700} mt={48}>
              {content.signature.signerName}
            </Text>
          </Box>
        ) : null}
      </Box>
    </Box>
  );
}
