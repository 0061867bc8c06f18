import { Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactId, MessageRecord } from '../../../shared/model';
import {
  assignmentTrust,
  MIN_CHECKED_LENGTH,
  type AssignmentConfirmation,
} from '../../../shared/workflow/message-assignment';
import { useTable } from '../keys';
import type { CaseThreads } from './use-threads';

type Props = {
  shown: MessageRecord;
  vendors: CaseThreads['vendors'];
  /** Assigns the shown message; null or an error message. */
  onAssign: (contactId: ContactId, confirmation?: AssignmentConfirmation) => Promise<string | null>;
  onFailure: (message: string | null) => void;
};

/**
 * "Assign to a vendor" for a message tied to none. Whether the message is the chosen
 * vendor's by its signature is the engine's rule (`assignmentTrust`); when it is not, the
 * analyst says what they checked (and, for another contact's key, that they know) before
 * Assign is offered — as the Import screen asks before storing it.
 */
export function AssignToVendor({ shown, vendors, onAssign, onFailure }: Props) {
  const { t } = useTranslation();
  const keys = useTable('keys');
  const contacts = useTable('contacts');
  const [vendor, setVendor] = useState('');
  const [checked, setChecked] = useState('');
  const [otherSigner, setOtherSigner] = useState(false);
  const trust = vendor === '' ? null : assignmentTrust(shown, vendor as ContactId, keys);
  const signerName =
    trust?.kind === 'other-signer'
      ? (contacts.find((c) => c.id === trust.signerContactId)?.name ?? '')
      : '';
  const needsWord = trust !== null && trust.kind !== 'verified';
  const ready =
    trust !== null &&
    (!needsWord ||
      (checked.trim().length >= MIN_CHECKED_LENGTH &&
        (trust.kind !== 'other-signer' || otherSigner)));
  const submit = () => {
    const confirmation = needsWord
      ? { checked, otherSigner, now: new Date().toISOString() }
      : undefined;
    void onAssign(vendor as ContactId, confirmation).then((message) => {
      onFailure(message === null ? null : t('threads.assignFailed', { message }));
      if (message !== null) return;
      setVendor('');
      setChecked('');
      setOtherSigner(false);
    });
  };
  return (
    <Stack gap={4}>
      <Group align="end" gap="sm">
        <NativeSelect
          size="xs"
          w={320}
          label={t('threads.assignTo')}
          description={vendors.length === 0 ? t('threads.noVendors') : t('threads.assignHint')}
          value={vendor}
          onChange={(e) => setVendor(e.currentTarget.value)}
          data={[
            { value: '', label: t('threads.chooseVendor') },
            ...vendors.map((v) => ({ value: v.id, label: v.name })),
          ]}
        />
        <Button size="xs" color="indigo.8" disabled={!ready} onClick={submit}>
          {t('threads.assign')}
        </Button>
      </Group>
      {needsWord && (
        <>
          <Text size="sm" c="orange.9" data-testid="assign-warning">
            {trust.kind === 'other-signer'
              ? t('threads.assignOtherSigner', { signer: signerName })
              : t('threads.assignUnverified')}
          </Text>
          <Textarea
            size="xs"
            w={480}
            autosize
            minRows={2}
            label={t('threads.assignChecked')}
            description={t('threads.assignCheckedHint')}
            value={checked}
            onChange={(e) => setChecked(e.currentTarget.value)}
          />
          {trust.kind === 'other-signer' && (
            <Checkbox
              size="xs"
              label={t('threads.assignOtherSignerConfirm', { signer: signerName })}
              checked={otherSigner}
              onChange={(e) => setOtherSigner(e.currentTarget.checked)}
            />
          )}
        </>
      )}
    </Stack>
  );
}
