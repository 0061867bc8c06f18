import { Alert, Button, Checkbox, Modal, PasswordInput, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevocationReason } from '../../../shared/crypto/pgp';
import type { KeyRecord } from '../../../shared/model/key';
import { useOperations } from '../../app/operations';
import { keyOperations } from './operations';
import { OrgKeyUnlock } from './OrgKeyUnlock';
import { unlockedOrgKey } from './org-key-session';
import { keyErrorText } from './use-org-key';

const REASONS: RevocationReason[] = ['no-reason', 'superseded', 'compromised', 'retired'];

/** Export of the secret key and revocation: each after an explicit confirmation. */
export function OwnKeyActions({
  record,
  onError,
}: {
  record: KeyRecord;
  onError: (e: string | null) => void;
}) {
  const { t } = useTranslation();
  const ops = useOperations(keyOperations);
  const [open, setOpen] = useState<'export' | 'revoke' | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [reason, setReason] = useState<RevocationReason>('superseded');
  const [busy, setBusy] = useState(false);
  const key = unlockedOrgKey(record.fingerprint);
  const close = () => {
    setOpen(null);
    setPassphrase('');
    setConfirmed(false);
  };
  const run = async () => {
    if (key === null) return;
    setBusy(true);
    const result =
      open === 'export'
        ? await ops.saveSecretKey({ key, fingerprint: record.fingerprint, passphrase })
        : await ops.revokeAndExport({ record, key, reason, passphrase });
    setBusy(false);
    onError(result.ok ? null : keyErrorText(t, result.error));
    close();
  };
  return (
    <>
      <Button variant="light" c="dark.9" color="orange" onClick={() => setOpen('export')}>
        {t('keys.details.exportSecret')}
      </Button>
      {!record.revoked && (
        <Button variant="light" c="dark.9" color="red" onClick={() => setOpen('revoke')}>
          {t('keys.details.revoke')}
        </Button>
      )}
      <Modal
        opened={open !== null}
        onClose={close}
        title={open === 'revoke' ? t('keys.revoke.title') : t('keys.exportSecret.title')}
      >
        <Stack>
          <Alert color="orange">
            {open === 'revoke' ? t('keys.revoke.warning') : t('keys.exportSecret.warning')}
          </Alert>
          {key === null ? (
            <OrgKeyUnlock record={record} />
          ) : (
            <>
              {open === 'revoke' && (
                <Select
                  label={t('keys.revoke.reason')}
                  value={reason}
                  allowDeselect={false}
                  onChange={(v) => v !== null && setReason(v)}
                  data={REASONS.map((r) => ({ value: r, label: t(`keys.revoke.reasons.${r}`) }))}
                />
              )}
              <PasswordInput
                label={
                  open === 'revoke' ? t('keys.own.passphrase') : t('keys.exportSecret.passphrase')
                }
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
              />
              <Checkbox
                label={
                  open === 'revoke' ? t('keys.revoke.confirm') : t('keys.exportSecret.confirm')
                }
                checked={confirmed}
                onChange={(e) => setConfirmed(e.currentTarget.checked)}
              />
              <Button
                color={open === 'revoke' ? 'red' : 'orange'}
                disabled={!confirmed || passphrase === ''}
                loading={busy}
                onClick={() => void run()}
              >
                {open === 'revoke' ? t('keys.revoke.submit') : t('keys.exportSecret.submit')}
              </Button>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
