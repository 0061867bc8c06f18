import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NotTakenProduct } from '../../../shared/advisory';
import { alertStyles } from './a11y-styles';

/** The case's affected products that join no case vendor (shared/advisory affected-vendors):
 *  each line with why and what to do, so none is dropped from the advisory unseen. */
export function NotTakenProducts({
  items,
  lang,
}: {
  items: readonly NotTakenProduct[];
  lang: 'ja' | 'en';
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert
      styles={alertStyles}
      color="orange"
      data-testid="products-not-taken"
      title={t('advisories.products.notTaken', { count: items.length })}
    >
      <List size="sm">
        {items.map((n, i) => (
          <List.Item key={`${i}-${n.line}`}>{n.text[lang]}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
