import { Alert, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../../shared/crypto/pgp';
import { KeyWarnings, keyLabel, recordUsability } from '../keys';
import type { RecipientOption } from './compose-model';

type Props = {
  options: readonly RecipientOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  acceptUnverified: boolean;
  onAcceptUnverified: (v: boolean) => void;
};

/** Recipient keys; unverified ones need a yes. An expired or revoked key can be ticked:
 *  the key-health notice then says why nothing can be sealed to it, naming it. */
export function RecipientPicker(props: Props) {
  const { t } = useTranslation();
  const chosen = props.options.filter((o) => props.selected.includes(o.key.id));
  const unverified = chosen.some((o) => recordUsability(o.key).warnings.includes('unverified'));
  if (props.options.length === 0) {
    return <Alert color="yellow">{t('messages.compose.noKeys')}</Alert>;
  }
  return (
    <Stack gap="xs">
      <Checkbox.Group
        label={t('messages.compose.recipients')}
        value={[...props.selected]}
        onChange={props.onChange}
      >
        <Stack gap={6} mt="xs">
          {props.options.map((o) => {
            return (
              <Group key={o.key.id} gap="sm" wrap="nowrap">
                <Checkbox value={o.key.id} label={keyLabel(o.key)} />
                <Text size="xs" ff="monospace">
                  {formatFingerprint(o.key.fingerprint)}
                </Text>
                {o.inCase && <Text size="xs">({t('messages.compose.caseContact')})</Text>}
                <KeyWarnings record={o.key} />
              </Group>
            );
          })}
        </Stack>
      </Checkbox.Group>
      {unverified && (
        <Alert color="yellow" title={t('messages.compose.unverifiedTitle')}>
          <Checkbox
            label={t('messages.compose.acceptUnverified')}
            checked={props.acceptUnverified}
            onChange={(e) => props.onAcceptUnverified(e.currentTarget.checked)}
          />
        </Alert>
      )}
    </Stack>
  );
}
