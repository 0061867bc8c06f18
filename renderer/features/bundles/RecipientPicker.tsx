import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeyRecord } from '../../../shared/model/key';
import { keyLabel } from '../keys';

/** Keys of the keyring the bundle may be encrypted to; for TLP:RED, one confirmation each. */
export function RecipientPicker({
  candidates,
  chosen,
  onChosen,
  red,
  confirmed,
  onConfirmed,
}: {
  candidates: readonly KeyRecord[];
  chosen: ReadonlySet<string>;
  onChosen: (next: Set<string>) => void;
  red: boolean;
  confirmed: ReadonlySet<string>;
  onConfirmed: (next: Set<string>) => void;
}) {
  const { t } = useTranslation();
  const toggle = (set: ReadonlySet<string>, fpr: string, on: boolean): Set<string> => {
    const next = new Set(set);
    if (on) next.add(fpr);
    else next.delete(fpr);
    return next;
  };
  if (candidates.length === 0)
    return <Alert color="yellow">{t('bundles.export.noRecipients')}</Alert>;
  return (
    <Stack gap="xs">
      <Checkbox.Group
        label={t('bundles.export.recipients')}
        value={[...chosen]}
        onChange={(values) => onChosen(new Set(values))}
      >
        <Text size="sm">{t('bundles.export.recipientsHint')}</Text>
        <Stack gap={4} mt="xs">
          {candidates.map((k) => (
            <Checkbox
              key={k.fingerprint}
              value={k.fingerprint}
              label={`${keyLabel(k)} (${k.fingerprint})`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {red && chosen.size > 0 && (
        <Alert color="red" title={t('bundles.export.redTitle')}>
          <Stack gap={4}>
            {candidates
              .filter((k) => chosen.has(k.fingerprint))
              .map((k) => (
                <Checkbox
                  key={k.fingerprint}
                  checked={confirmed.has(k.fingerprint)}
                  onChange={(e) =>
                    onConfirmed(toggle(confirmed, k.fingerprint, e.currentTarget.checked))
                  }
                  label={t('bundles.export.redConfirm', { name: keyLabel(k) })}
                />
              ))}
            <Text size="xs">{t('bundles.errors.tlp-red-unconfirmed')}</Text>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
