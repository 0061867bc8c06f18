import '@mantine/core/styles.css';
import { Alert, MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { App } from './app/App';
import { PLAINTEXT_CONTROL_BUILD } from './app/build-flags';
import { ErrorBoundary } from './app/ErrorBoundary';
import { disableFormMemory } from './app/no-form-memory';
import { StoreReactContext } from './store/hooks';
import { cssVariablesResolver, theme } from './app/theme';
import { VaultGate } from './features/vault';
import { initI18n } from './i18n';
import { detectPlatform, PlatformContext } from './platform';
import { openStore } from './store/open-store';

async function start(): Promise<void> {
  await initI18n();
  const platform = detectPlatform();
  const store = await openStore(PLAINTEXT_CONTROL_BUILD ? { plaintextControl: true } : {});
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root');
  disableFormMemory(document.body);
  createRoot(container).render(
    <StrictMode>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
      >
        <ErrorBoundary>
          {PLAINTEXT_CONTROL_BUILD && (
            <Alert color="red" title="CONTROL BUILD">
              Records are written WITHOUT encryption (at-rest canary test only).
            </Alert>
          )}
          <PlatformContext value={platform}>
            <StoreReactContext value={store}>
              <HashRouter>
                <VaultGate>{(lock) => <App onLock={lock} />}</VaultGate>
              </HashRouter>
            </StoreReactContext>
          </PlatformContext>
        </ErrorBoundary>
      </MantineProvider>
    </StrictMode>,
  );
}

void start();
