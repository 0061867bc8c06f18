import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PassphraseStrength } from '../../../shared/crypto/vault/passphrase-strength';

const COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

/** The meter words the score; the estimate itself comes from shared/crypto/vault. */
export function PassphraseMeter({ strength }: { strength: PassphraseStrength }) {
  const { t } = useTranslation();
  const level = t(`vault.strength.levels.${strength.score}`);
  return (
    <Stack gap={4}>
      <Progress
        value={(strength.score + 1) * 20}
        color={COLORS[strength.score]}
        aria-label={t('vault.strength.label', { level })}
      />
      <Text size="sm" c="gray.7" aria-live="polite">
        {t('vault.strength.label', { level })}
      </Text>
    </Stack>
  );
}
