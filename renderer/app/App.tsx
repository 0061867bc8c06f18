import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { navRoutes } from './routes';
import { screens } from './screens';

export function App({ onLock }: { onLock?: () => void }) {
  return (
    <Layout onLock={onLock}>
      <Routes>
        <Route path="/" element={<Navigate to="/dashboard" replace />} />
        {navRoutes.map((route) => {
          const Screen = screens[route.path];
          return <Route key={route.path} path={`${route.path}/*`} element={<Screen />} />;
        })}
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
