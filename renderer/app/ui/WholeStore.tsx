import { Button, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStoreLoad } from '../../store/hooks';

/**
 * A screen whose facts need every record (the dashboard's deadlines, statistics, a case's
 * detail, an export…) waits here while a large vault is still loading behind the open case
 * list, instead of showing a partial answer as if it were whole. The case list is the one
 * screen that shows a partial store, because it says how much of it is loaded.
 */
export function WholeStore({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const load = useStoreLoad();
  if (!load.loading) return children;
  return (
    <Stack role="status" data-testid="store-loading" maw={560} mt="md">
      <Text fw={500}>
        {t('common.loading.cases', {
          done: load.done.toLocaleString(),
          total: load.total.toLocaleString(),
        })}
      </Text>
      <Progress value={load.total === 0 ? 0 : (100 * load.done) / load.total} aria-hidden />
      <Text size="sm">{t('common.loading.wait')}</Text>
      <Button component={Link} to="/cases" variant="light" w="fit-content">
        {t('common.loading.toList')}
      </Button>
    </Stack>
  );
}
