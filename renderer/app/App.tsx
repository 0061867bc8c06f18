import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes } from 'react-router';
import { FirstRunScreen, setupPending } from '../features/settings';
import { useStore } from '../store/hooks';
import { useRepoVersion } from '../store/port';
import { Layout } from './Layout';
import { navRoutes } from './routes';
import { screens } from './screens';
import { WholeStore } from './ui/WholeStore';

/** Screens that show a partial store honestly while a large vault loads (the case list
 *  says how many cases are loaded; its detail route waits in the cases feature). Every other
 *  screen waits for the whole store. */
const PARTIAL_WHILE_LOADING: ReadonlySet<string> = new Set(['/cases']);

export function App({ onLock }: { onLock?: () => void }) {
  const store = useStore();
  useRepoVersion(store.repos.settings);
  // A new vault opens on its first-run setup, once; after that on the dashboard.
  const start = setupPending(store) ? '/setup' : '/dashboard';
  return (
    <Layout onLock={onLock}>
      <Routes>
        <Route path="/" element={<Navigate to={start} replace />} />
        <Route path="/setup" element={<FirstRunScreen />} />
        {navRoutes.map((route) => {
          const Screen = screens[route.path];
          const screen = PARTIAL_WHILE_LOADING.has(route.path) ? (
            <Screen />
          ) : (
            <WholeStore>
              <Screen />
            </WholeStore>
          );
          return <Route key={route.path} path={`${route.path}/*`} element={screen} />;
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
