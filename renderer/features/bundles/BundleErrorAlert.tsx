import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bundleErrorKeys } from './error-text';

/** A failed check, translated: which step failed, why, and the technical detail. */
export function BundleErrorAlert({ error }: { error: { code: string; message: string } }) {
  const { t } = useTranslation();
  const keys = bundleErrorKeys(error.code);
  return (
    <Alert
      color="red"
      role="alert"
      title={t('bundles.failed', { step: t(keys.step), text: t(keys.text) })}
    >
      <Text size="sm">
        <code>{error.code}</code> {t('bundles.detail', { message: error.message })}
      </Text>
    </Alert>
  );
}
