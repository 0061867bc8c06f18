import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';
import { formatInstant } from '../../app/ui/format-date';

type Props = { draft: AdvisoryDraft; lang: 'ja' | 'en' };

const both = (text: { ja: string; en: string }, lang: 'ja' | 'en') =>
  text[lang] || text[lang === 'ja' ? 'en' : 'ja'];

/** The JVN "vendor information" table, from the case's involvements. */
export function VendorTable({ draft, lang }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="adv-vendors">
      <Title order={4} id="adv-vendors">
        {t('advisories.vendors.heading')}
      </Title>
      {draft.vendors.length === 0 ? (
        <Text c="gray.7">{t('advisories.vendors.empty')}</Text>
      ) : (
        <Table aria-labelledby="adv-vendors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('advisories.vendors.vendor')}</Table.Th>
              <Table.Th>{t('advisories.vendors.status')}</Table.Th>
              <Table.Th>{t('advisories.vendors.statement')}</Table.Th>
              <Table.Th>{t('advisories.vendors.updated')}</Table.Th>
              <Table.Th>{t('advisories.vendors.cleared')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.vendors.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{both(v.name, lang)}</Table.Td>
                <Table.Td>{t(`advisories.vendorStatus.${v.status}`)}</Table.Td>
                <Table.Td>{both(v.statement, lang) || '—'}</Table.Td>
                <Table.Td>{v.dateUpdated} (JST)</Table.Td>
                <Table.Td>
                  {v.clearedForPublication ? t('advisories.yes') : t('advisories.no')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

/** Affected products and versions, from the case's products. */
export function ProductTable({ draft, lang }: Props) {
  const { t } = useTranslation();
  const vendorName = new Map(draft.vendors.map((v) => [v.id, both(v.name, lang)]));
  const rows = draft.products.flatMap((p) => p.versions.map((v) => ({ p, v })));
  return (
    <section aria-labelledby="adv-products">
      <Title order={4} id="adv-products">
        {t('advisories.products.heading')}
      </Title>
      {rows.length === 0 ? (
        <Text c="gray.7">{t('advisories.products.empty')}</Text>
      ) : (
        <Table aria-labelledby="adv-products">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('advisories.vendors.vendor')}</Table.Th>
              <Table.Th>{t('advisories.products.product')}</Table.Th>
              <Table.Th>{t('advisories.products.version')}</Table.Th>
              <Table.Th>{t('advisories.products.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ p, v }) => (
              <Table.Tr key={v.id}>
                <Table.Td>{vendorName.get(p.vendorId) ?? p.vendorId}</Table.Td>
                <Table.Td>{both(p.name, lang)}</Table.Td>
                <Table.Td>{both(v.label, lang)}</Table.Td>
                <Table.Td>{t(`advisories.productStatus.${v.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

/** Credits (only finders who consented, under the name they chose) and revisions. */
export function CreditsAndRevisions({ draft, lang }: Props) {
  const { t } = useTranslation();
  const credits = draft.credits.filter((c) => c.consent);
  return (
    <>
      <section aria-labelledby="adv-credits">
        <Title order={4} id="adv-credits">
          {t('advisories.credits.heading')}
        </Title>
        {credits.length === 0 ? (
          <Text c="gray.7">{t('advisories.credits.empty')}</Text>
        ) : (
          <ul>
            {credits.map((c) => (
              <li key={c.id}>{both(c.name, lang)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="adv-revisions">
        <Title order={4} id="adv-revisions">
          {t('advisories.revisions.heading')}
        </Title>
        {draft.revisions.length === 0 ? (
          <Text c="gray.7">{t('advisories.revisions.empty')}</Text>
        ) : (
          <Table aria-labelledby="adv-revisions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('advisories.revisions.number')}</Table.Th>
                <Table.Th>{t('advisories.revisions.date')}</Table.Th>
                <Table.Th>{t('advisories.revisions.summary')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.revisions.map((r) => (
                <Table.Tr key={r.number}>
                  <Table.Td>{r.number}</Table.Td>
                  <Table.Td>
                    {formatInstant(r.date, { zone: 'Asia/Tokyo', withTime: true })}
                  </Table.Td>
                  <Table.Td>{both(r.summary, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </>
  );
}
