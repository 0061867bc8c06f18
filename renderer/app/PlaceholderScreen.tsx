import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Stands in for a screen whose feature lands in a later change. */
export function PlaceholderScreen({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('common.placeholder.title', { screen: t(titleKey) })}</Title>
      <Text c="gray.7">{t('common.placeholder.body')}</Text>
    </Stack>
  );
}
