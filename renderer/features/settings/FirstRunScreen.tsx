import { Button, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatFingerprint } from '../../../shared/crypto/pgp';
import { DisabledReason } from '../../app/ui/DisabledReason';
import { useLang } from '../../i18n';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import { GenerateKeyForm, RevocationNotice, useOrgKey, type GeneratedKey } from '../keys';
import { BackupPanel } from '../vault';
import { useOperations } from '../../app/operations';
import { settingsOperations } from './operations';
import { ImportOwnKeyForm } from './ImportOwnKeyForm';
import { SetupStep, type StepState } from './SetupStep';

/**
 * The first-run setup of a new vault: the organisation's name, its key and a first backup.
 * Shown once (the settings record remembers it was offered); each step can be skipped, and
 * the screen says what skipping it means.
 */
/** The setup's address under the hash router (`App`'s `/setup` route). */
const SETUP_HASH = '#/setup';

export function FirstRunScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const store = useStore();
  const navigate = useNavigate();
  const ops = useOperations(settingsOperations);
  useRepoVersion(store.repos.settings);
  const stored = store.repos.settings.all()[0]?.organisation.name ?? { ja: '', en: '' };
  const [name, setName] = useState(stored);
  const [nameState, setNameState] = useState<StepState>(
    stored.ja !== '' && stored.en !== '' ? 'done' : 'todo',
  );
  const [keySkipped, setKeySkipped] = useState(false);
  const [keyMode, setKeyMode] = useState<'generate' | 'import'>('generate');
  const [generated, setGenerated] = useState<GeneratedKey | null>(null);
  const [backupState, setBackupState] = useState<StepState>('todo');
  const own = useOrgKey();
  const keyState: StepState = own.record !== null ? 'done' : keySkipped ? 'skipped' : 'todo';

  // Offered once the analyst leaves it (finished, or another screen chosen; a saved step
  // marks it too), never when drawn: that write raced what the analyst typed next. A
  // cleanup while the address is still the setup's (React's development double mount, a
  // lock) is no leaving.
  const language = useRef(lang);
  useEffect(() => {
    language.current = lang;
  }, [lang]);
  useEffect(
    () => () => {
      if (window.location.hash !== SETUP_HASH) {
        void ops.markSetupOffered({ language: language.current });
      }
    },
    [ops],
  );

  const saveName = async () => {
    const result = await ops.saveOrganisationName({ language: lang, name });
    if (result.ok) setNameState('done');
  };
  const nameMissing = name.ja.trim() === '' || name.en.trim() === '';

  return (
    <Stack maw={880}>
      <Title order={2}>{t('settings.setup.title')}</Title>
      <Text>{t('settings.setup.intro')}</Text>

      <SetupStep
        heading={t('settings.setup.name.heading')}
        intro={t('settings.setup.name.intro')}
        state={nameState}
        doneText={t('settings.setup.name.done', { ja: name.ja.trim(), en: name.en.trim() })}
        consequence={t('settings.setup.name.skipped')}
        onSkip={() => setNameState('skipped')}
      >
        <TextInput
          label={t('settings.organisation.nameJa')}
          value={name.ja}
          onChange={(e) => setName({ ...name, ja: e.currentTarget.value })}
        />
        <TextInput
          label={t('settings.organisation.nameEn')}
          value={name.en}
          onChange={(e) => setName({ ...name, en: e.currentTarget.value })}
        />
        <DisabledReason reason={nameMissing ? t('settings.setup.name.missing') : null}>
          {(control) => (
            <Button {...control} onClick={() => void saveName()}>
              {t('settings.setup.name.save')}
            </Button>
          )}
        </DisabledReason>
      </SetupStep>

      <SetupStep
        heading={t('settings.setup.key.heading')}
        intro={t('settings.setup.key.intro')}
        state={keyState}
        doneText={t('settings.setup.key.done', {
          fingerprint: formatFingerprint(own.record?.fingerprint ?? ''),
        })}
        consequence={t('settings.setup.key.skipped')}
        onSkip={() => setKeySkipped(true)}
      >
        <SegmentedControl
          aria-label={t('settings.setup.key.mode')}
          value={keyMode}
          onChange={(v) => setKeyMode(v === 'import' ? 'import' : 'generate')}
          data={[
            { value: 'generate', label: t('settings.setup.key.generate') },
            { value: 'import', label: t('settings.setup.key.import') },
          ]}
          w="fit-content"
        />
        {keyMode === 'generate' ? (
          <GenerateKeyForm onGenerated={setGenerated} />
        ) : (
          <ImportOwnKeyForm />
        )}
      </SetupStep>
      {generated !== null && <RevocationNotice generated={generated} />}

      <SetupStep
        heading={t('settings.setup.backup.heading')}
        intro={t('settings.setup.backup.intro')}
        state={backupState}
        doneText={t('settings.setup.backup.done')}
        consequence={t('settings.setup.backup.skipped')}
        onSkip={() => setBackupState('skipped')}
      >
        <BackupPanel onSaved={() => setBackupState('done')} />
      </SetupStep>

      <Text c="gray.7">{t('settings.setup.later')}</Text>
      <Button w="fit-content" onClick={() => void navigate('/dashboard')}>
        {t('settings.setup.finish')}
      </Button>
    </Stack>
  );
}
