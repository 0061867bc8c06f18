import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PreviewItem } from '../../../shared/exchange/bundle';
import { formatBytes, previewNoteKey, summarisePreview } from './preview-model';

/** Every item the export considered, with whether it goes in and why not. */
export function ExportPreview({
  items,
  attachmentSizes,
}: {
  items: readonly PreviewItem[];
  attachmentSizes: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation();
  const summary = summarisePreview(items, attachmentSizes);
  const noteText = (note: string): string => {
    const key = previewNoteKey(note);
    return key === null ? note : t(key);
  };
  return (
    <section aria-labelledby="bundle-preview-title">
      <Title order={4} id="bundle-preview-title">
        {t('bundles.preview.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('bundles.preview.summary', {
          included: summary.included,
          excluded: summary.excluded,
          size: formatBytes(summary.attachmentBytes),
        })}
      </Text>
      <Table striped withTableBorder aria-labelledby="bundle-preview-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('bundles.preview.kind')}</Table.Th>
            <Table.Th scope="col">{t('bundles.preview.item')}</Table.Th>
            <Table.Th scope="col">{t('bundles.preview.decision')}</Table.Th>
            <Table.Th scope="col">{t('bundles.preview.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.kind}:${item.id}`}>
              <Table.Td>{t(`bundles.kinds.${item.kind}`)}</Table.Td>
              <Table.Td>{item.label}</Table.Td>
              <Table.Td>
                <Text span fw={item.included ? 700 : 400} size="sm">
                  {item.included ? t('bundles.preview.included') : t('bundles.preview.excluded')}
                </Text>
              </Table.Td>
              <Table.Td>{noteText(item.note)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
