import { Alert, List, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Tlp } from '../../../shared/model';
import type { Contact } from '../../../shared/model/contact';
import type { KeyRecord } from '../../../shared/model/key';
import { clearanceBreaches, recipientsByFingerprint } from '../../../shared/workflow/clearance';

/** The recipients cleared below the case's TLP (rule: shared/workflow/clearance.ts) and the
 *  analyst's override reason; sealing re-checks and refuses without one. */
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
  const { t } = useTranslation();
  const breaches = clearanceBreaches(
    tlp,
    recipientsByFingerprint(
      recipients.map((r) => r.fingerprint),
      contacts,
      (f) => recipients.find((r) => r.fingerprint === f)?.ownerContactId,
    ),
  );
  if (breaches.length === 0) return null;
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
