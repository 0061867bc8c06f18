import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { PlaceholderScreen } from './PlaceholderScreen';
import { navRoutes } from './routes';

export function App({ onLock }: { onLock?: () => void }) {
  return (
    <Layout onLock={onLock}>
      <Routes>
        <Route path="/" element={<Navigate to="/dashboard" replace />} />
        {navRoutes.map((route) => (
          <Route
            key={route.path}
            path={`${route.path}/*`}
            element={<PlaceholderScreen titleKey={route.labelKey} />}
          />
        ))}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Layout>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('common.notFound.title')}</Title>
      <Button component={Link} to="/dashboard" w="fit-content">
        {t('common.notFound.back')}
      </Button>
    </Stack>
  );
}
