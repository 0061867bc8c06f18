import { Button, Stack, Text } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Planned } from './case-commands';

type Props = {
  planned: Planned;
  children: ReactNode;
  onRun: (planned: Planned) => Promise<string | null>;
  variant?: 'filled' | 'default' | 'light';
  size?: 'xs' | 'sm';
  showReason?: boolean;
};

/**
 * A button for one engine command: enabled only when the engine would accept it; when
 * not, it says why (the engine's refusal, translated by its code). Errors from the store
 * are shown beside it.
 */
export function EngineButton({
  planned,
  children,
  onRun,
  variant = 'default',
  size = 'sm',
  showReason = true,
}: Props) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const reason = planned.ok
    ? null
    : t(`cases.errors.${planned.error.code}`, { defaultValue: t('cases.errors.generic') });
  return (
    <Stack gap={2}>
      <Button
        size={size}
        variant={variant}
        loading={busy}
        disabled={!planned.ok}
        aria-describedby={reason === null ? undefined : reasonId}
        title={reason === null ? undefined : t('cases.actions.notAllowed', { reason })}
        onClick={() => {
          setBusy(true);
          void onRun(planned).then((message) => {
            setBusy(false);
            setFailure(message);
          });
        }}
      >
        {children}
      </Button>
      {reason !== null && (
        <Text id={reasonId} size="xs" c="dark.4" hidden={!showReason}>
          {t('cases.actions.notAllowed', { reason })}
        </Text>
      )}
      {failure !== null && (
        <Text size="xs" c="red.9" role="alert">
          {t('cases.actions.failed', { message: failure })}
        </Text>
      )}
    </Stack>
  );
}
