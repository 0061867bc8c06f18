import { Anchor, Badge, Card, Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Case } from '../../../shared/model';
import type { InvolvementView } from '../../../shared/workflow/projection';

export type SilentVendorItem = {
  case: Case;
  involvement: InvolvementView;
  businessDays: number;
};

/** Vendors contacted and silent for at least the Settings threshold (JP business days). */
export function SilentVendorsPanel({
  items,
  threshold,
  vendorName,
}: {
  items: readonly SilentVendorItem[];
  threshold: number;
  vendorName: (contactId: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby="dash-silent">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="dash-silent">
          {t('dashboard.silent.title', { count: threshold })}
        </Title>
        <Badge variant="outline" color="dark.6" aria-hidden>
          {items.length}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text c="gray.7" size="sm">
          {t('dashboard.silent.none')}
        </Text>
      ) : (
        <List spacing={4} size="sm">
          {items.map((item) => (
            <List.Item key={item.involvement.id} data-testid="silent-vendor">
              {t('dashboard.silent.item', {
                vendor: vendorName(item.involvement.contactId),
                count: item.businessDays,
              })}{' '}
              <Anchor c="indigo.9" component={Link} to={`/cases/${item.case.id}`}>
                {item.case.ref} {item.case.title}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
