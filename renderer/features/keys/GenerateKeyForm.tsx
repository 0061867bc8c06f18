import { Alert, Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import {
  DEFAULT_KEY_EXPIRY,
  KEY_EXPIRIES,
  type KeyAlgorithmChoice,
  type KeyExpiry,
} from '../../../shared/crypto/pgp';
import { useOperations } from '../../app/operations';
import { keyOperations } from './operations';
import { keyErrorText } from './use-org-key';

export type GeneratedKey = { fpr: string; cert: string };

/**
 * Offers the revocation certificate of the key just generated. It lives in the keyring
 * screen, not in the form: the form unmounts as soon as the new key is stored.
 */
export function RevocationNotice({ generated }: { generated: GeneratedKey }) {
  const { t } = useTranslation();
  const ops = useOperations(keyOperations);
  return (
    <Alert
      color="green"
      role="status"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      title={t('keys.own.generated', { fingerprint: generated.fpr })}
    >
      <Button
        variant="light"
        c="dark.9"
        onClick={() =>
          void ops.saveText({ name: `${generated.fpr}-revocation.asc`, text: generated.cert })
        }
      >
        {t('keys.own.saveRevocation')}
      </Button>
    </Alert>
  );
}

/** Generates the organisation key (Ed25519/Curve25519 by default, RSA 4096 on request). */
export function GenerateKeyForm({ onGenerated }: { onGenerated: (key: GeneratedKey) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const ops = useOperations(keyOperations);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [algorithm, setAlgorithm] = useState<KeyAlgorithmChoice>('ed25519');
  const [expiry, setExpiry] = useState<KeyExpiry>(DEFAULT_KEY_EXPIRY);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mismatch = confirm !== '' && confirm !== passphrase;
  const ready =
    name.trim() !== '' && email.trim() !== '' && passphrase !== '' && !mismatch && confirm !== '';

  const submit = async () => {
    setBusy(true);
    setError(null);
    const result = await ops.generateOrgKey({
      key: {
        name: name.trim(),
        email: email.trim(),
        algorithm,
        expiresInSeconds: KEY_EXPIRIES[expiry],
        passphrase,
      },
      language: lang,
    });
    setBusy(false);
    if (!result.ok) return setError(keyErrorText(t, result.error));
    onGenerated({ fpr: result.value.fingerprint, cert: result.value.revocationCertificate });
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) void submit();
      }}
    >
      <Stack maw={560}>
        <TextInput
          label={t('keys.own.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('keys.own.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          required
        />
        <Group grow>
          <Select
            label={t('keys.own.algorithm')}
            value={algorithm}
            allowDeselect={false}
            onChange={(v) => v !== null && setAlgorithm(v)}
            data={(['ed25519', 'rsa4096'] as const).map((v) => ({
              value: v,
              label: t(`keys.own.algorithms.${v}`),
            }))}
          />
          <Select
            label={t('keys.own.expiry')}
            value={expiry}
            allowDeselect={false}
            onChange={(v) => v !== null && setExpiry(v)}
            data={(Object.keys(KEY_EXPIRIES) as KeyExpiry[]).map((v) => ({
              value: v,
              label: t(`keys.own.expiries.${v}`),
            }))}
          />
        </Group>
        <PasswordInput
          label={t('keys.own.passphrase')}
          description={t('keys.own.passphraseHint')}
          styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          required
        />
        <PasswordInput
          label={t('keys.own.passphraseConfirm')}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={mismatch ? t('keys.own.mismatch') : null}
          required
        />
        {error !== null && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button type="submit" disabled={!ready} loading={busy}>
            {busy ? t('keys.own.generating') : t('keys.own.generate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
