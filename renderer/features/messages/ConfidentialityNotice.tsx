import { Alert, List, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OVERRIDE_REASON_MIN } from '../../../shared/workflow/clearance';
import {
  describeHit,
  type ConfidentialityHit,
} from '../../../shared/workflow/vendor-confidentiality';
import { useLang } from '../../i18n/use-lang';

/**
 * A seal refused by the confidentiality rule (shared/workflow/vendor-confidentiality.ts):
 * each hit with its field, the text and what it matched (the other vendor is named here, to
 * the analyst only), and the reason to send anyway, recorded with the seal.
 */
export function ConfidentialityNotice({
  hits,
  reason,
  onReason,
  tooShort,
  title,
}: {
  hits: readonly ConfidentialityHit[];
  reason: string;
  onReason: (reason: string) => void;
  tooShort: boolean;
  title: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Alert color="red" role="alert" title={title}>
      <Stack gap="xs">
        <List size="sm">
          {hits.map((h, i) => (
            <List.Item key={`${i}-${h.text}`}>{describeHit(h, lang)}</List.Item>
          ))}
        </List>
        <Text size="sm">{t('confidentiality.edit')}</Text>
        <TextInput
          label={t('confidentiality.overrideReason', { min: OVERRIDE_REASON_MIN })}
          value={reason}
          onChange={(e) => onReason(e.currentTarget.value)}
          error={tooShort ? t('confidentiality.tooShort', { min: OVERRIDE_REASON_MIN }) : null}
        />
      </Stack>
    </Alert>
  );
}
