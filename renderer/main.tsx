import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { theme } from './app/theme';
import { initI18n } from './i18n';
import { detectPlatform, PlatformContext } from './platform';

async function start(): Promise<void> {
  await initI18n();
  const platform = detectPlatform();
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <ErrorBoundary>
          <PlatformContext value={platform}>
            <HashRouter>
              <App />
            </HashRouter>
          </PlatformContext>
        </ErrorBoundary>
      </MantineProvider>
    </StrictMode>,
  );
}

void start();
