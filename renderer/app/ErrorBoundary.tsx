import { Alert, Button, Code, Stack } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { children: ReactNode };
type State = { error: Error | null };

/** Shows a readable error instead of a blank window; the store is never touched here. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Airlock UI error', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error === null ? this.props.children : <ErrorView error={this.state.error} />;
  }
}

function ErrorView({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <Stack p="xl" maw={720} role="alert">
      <Alert color="red" title={t('common.error.title')}>
        {t('common.error.body')}
      </Alert>
      <Code block>{error.message}</Code>
      <Button onClick={() => window.location.reload()} w="fit-content">
        {t('common.error.reload')}
      </Button>
    </Stack>
  );
}
