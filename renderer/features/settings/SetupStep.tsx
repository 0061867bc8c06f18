import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type StepState = 'todo' | 'done' | 'skipped';

type Props = {
  heading: string;
  intro: string;
  state: StepState;
  /** What is true once the step is done. */
  doneText: string;
  /** What skipping costs the analyst, shown before and after skipping. */
  consequence: string;
  onSkip: () => void;
  children: ReactNode;
};

const BADGE: Record<StepState, string> = { todo: 'gray.8', done: 'teal.9', skipped: 'grape.9' };

/** One step of the first-run setup: done, or skipped with what that means said beside it. */
export function SetupStep({
  heading,
  intro,
  state,
  doneText,
  consequence,
  onSkip,
  children,
}: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const consequenceId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} p="md" withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={3} id={headingId}>
            {heading}
          </Title>
          <Badge color={BADGE[state]} variant="filled">
            {t(`settings.setup.status.${state}`)}
          </Badge>
        </Group>
        <Text>{intro}</Text>
        {state === 'done' ? (
          <Alert
            color="green"
            role="status"
            styles={{ message: { color: 'var(--mantine-color-text)' } }}
          >
            {doneText}
          </Alert>
        ) : (
          children
        )}
        {state === 'skipped' && (
          <Alert
            color="orange"
            role="status"
            styles={{ message: { color: 'var(--mantine-color-text)' } }}
          >
            {t('settings.setup.skippedWith', { consequence })}
          </Alert>
        )}
        {state === 'todo' && (
          <Stack gap={4} align="flex-start">
            <Button variant="default" onClick={onSkip} aria-describedby={consequenceId}>
              {t('settings.setup.skip')}
            </Button>
            <Text id={consequenceId} size="sm" c="gray.7">
              {t('settings.setup.ifSkipped', { consequence })}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
