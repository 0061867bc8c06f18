import { Button, Loader, Stack, Text } from '@mantine/core';
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
  const [outcome, setOutcome] = useState<'done' | { failure: string } | null>(null);
  const reason = planned.ok
    ? null
    : t(`cases.errors.${planned.error.code}`, { defaultValue: t('cases.errors.generic') });
  // Disabled by aria-disabled, never the disabled attribute: a move the engine refuses once
  // it is recorded (a reply, once replied) would otherwise disable the very button that has
  // the focus, and a keyboard user would be dropped to the top of the page. Mantine's
  // `loading` sets the attribute too, so the spinner is drawn here.
  const unavailable = !planned.ok || busy;
  return (
    <Stack gap={2}>
      <Button
        size={size}
        variant={variant}
        {...(unavailable ? { 'data-disabled': true, 'aria-disabled': true } : {})}
        {...(busy ? { 'aria-busy': true, leftSection: <Loader size={12} /> } : {})}
        aria-describedby={reason === null ? undefined : reasonId}
        title={reason === null ? undefined : t('cases.actions.notAllowed', { reason })}
        onClick={(e) => {
          e.preventDefault();
          if (unavailable) return;
          setBusy(true);
          setOutcome(null);
          void onRun(planned).then((message) => {
            setBusy(false);
            setOutcome(message === null ? 'done' : { failure: message });
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
      {outcome === 'done' && (
        <Text size="xs" c="dark.4" role="status">
          {t('cases.actions.recorded')}
        </Text>
      )}
      {outcome !== null && outcome !== 'done' && (
        <Text size="xs" c="red.9" role="alert">
          {t('cases.actions.failed', { message: outcome.failure })}
        </Text>
      )}
    </Stack>
  );
}
