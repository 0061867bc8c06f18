import { Alert, List, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Tlp } from '../../../shared/model';
import type { Contact } from '../../../shared/model/contact';
import type { KeyRecord } from '../../../shared/model/key';
import {
  clearanceBreaches,
  clearanceNotRecorded,
  recipientsByFingerprint,
  type ClearanceBreach,
} from '../../../shared/workflow/clearance';
import { ClearanceNotRecordedNotice } from '../../app/ui/ClearanceNotRecordedNotice';

/** The recipients cleared below the case's TLP (rule: shared/workflow/clearance.ts) and the
 *  analyst's override reason; sealing re-checks and refuses without one. Recipients of an
 *  AMBER-or-above letter whose clearance was never recorded are a warning only. */
export function ClearanceNotice({
  tlp,
  recipients,
  contacts,
  reason,
  onReason,
}: {
  tlp: Tlp;
  recipients: readonly KeyRecord[];
  contacts: readonly Contact[];
  reason: string;
  onReason: (reason: string) => void;
}) {
  const parties = recipientsByFingerprint(
    recipients.map((r) => r.fingerprint),
    contacts,
    (f) => recipients.find((r) => r.fingerprint === f)?.ownerContactId,
  );
  const breaches = clearanceBreaches(tlp, parties);
  return (
    <>
      <ClearanceNotRecordedNotice warnings={clearanceNotRecorded(tlp, parties)} />
      {breaches.length > 0 && (
        <BreachAlert breaches={breaches} tlp={tlp} reason={reason} onReason={onReason} />
      )}
    </>
  );
}

function BreachAlert({
  breaches,
  tlp,
  reason,
  onReason,
}: {
  breaches: readonly ClearanceBreach[];
  tlp: Tlp;
  reason: string;
  onReason: (reason: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('messages.clearance.title')}>
      <Stack gap="xs">
        <List size="sm">
          {breaches.map((b) => (
            <List.Item key={b.recipient}>
              {t('messages.clearance.breach', { name: b.recipient, clearance: b.clearance, tlp })}
            </List.Item>
          ))}
        </List>
        <TextInput
          label={t('messages.clearance.reason')}
          value={reason}
          onChange={(e) => onReason(e.currentTarget.value)}
        />
      </Stack>
    </Alert>
  );
}
