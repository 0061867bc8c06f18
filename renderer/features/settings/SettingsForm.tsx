import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CodedError, Result } from '../../../shared/result';
import { organisationRoleSchema, settingsSchema, type Settings } from '../../../shared/model';
import { POLICY_PROFILES } from '../../../shared/workflow/policy-profiles';
import { languages, useLang } from '../../i18n';
import { localizedResolver } from '../../app/form-resolver';
import {
  SETTINGS_FIELDS,
  settingsFormSchema,
  toFormValues,
  toSettings,
  type SettingsFormValues,
} from './settings-form';

type Props = {
  settings: Settings;
  /** `loaded`: the record the form shows the values of, so only the fields the analyst
   *  changed are written over what is stored by then. */
  onSave: (next: Settings, loaded: Settings) => Promise<Result<void, CodedError>>;
};

const PREFIXES = settingsSchema.shape.advisoryIdScheme.shape.defaultPrefix.options;

/** The runtime's own IANA zone list (Chromium and Electron both provide it). */
const ZONES = Intl.supportedValuesOf('timeZone').map((value) => ({ value, label: value }));

/** The organisation profile and app settings (ARCHITECTURE.md §3 Settings), validated by the model schema. */
export function SettingsForm({ settings, onSave }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<SettingsFormValues>({
    resolver: localizedResolver(settingsFormSchema, SETTINGS_FIELDS),
    defaultValues: toFormValues(settings),
  });
  const { register, handleSubmit, formState, watch } = form;
  const errors = formState.errors;
  const prefix = watch('caseRefPrefix');
  const lang = useLang();

  // The record the form was filled from (then the one it last saved): the settings prop
  // moves on with every write elsewhere, the form's values do not.
  const [loaded, setLoaded] = useState(settings);
  const submit = handleSubmit(async (values) => {
    setStatus(null);
    const next = toSettings(values);
    const result = await onSave(next, loaded);
    if (result.ok) setLoaded(next);
    setStatus(
      result.ok
        ? { ok: true, text: t('settings.saved') }
        : { ok: false, text: t('settings.failed', { message: result.error.message }) },
    );
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Fieldset legend={t('settings.organisation.legend')}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <TextInput
              label={t('settings.organisation.nameJa')}
              {...register('organisation.name.ja')}
            />
            <TextInput
              label={t('settings.organisation.nameEn')}
              {...register('organisation.name.en')}
            />
            <NativeSelect
              label={t('settings.organisation.role')}
              data={organisationRoleSchema.options.map((value) => ({
                value,
                label: t(`settings.organisation.roles.${value}`),
              }))}
              {...register('organisation.role')}
            />
            <TextInput
              label={t('settings.organisation.ownKey')}
              styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
              description={t('settings.organisation.ownKeyHint')}
              ff="monospace"
              error={errors.organisation?.ownKeyFingerprint?.message}
              {...register('organisation.ownKeyFingerprint')}
            />
            <TextInput
              label={t('settings.organisation.cnaOrgId')}
              ff="monospace"
              error={errors.organisation?.cnaOrgId?.message}
              {...register('organisation.cnaOrgId')}
            />
            <TextInput
              label={t('settings.organisation.csafNamespace')}
              description={t('settings.organisation.csafNamespaceHint')}
              placeholder="https://"
              error={errors.organisation?.csafNamespace?.message}
              {...register('organisation.csafNamespace')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('settings.advisory.legend')}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <NativeSelect
              label={t('settings.advisory.prefix')}
              data={PREFIXES.map((value) => ({
                value,
                label: t(`settings.advisory.prefixes.${value}`),
              }))}
              {...register('advisoryIdScheme.defaultPrefix')}
            />
            <TextInput
              label={t('settings.advisory.caseRefPrefix')}
              styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
              description={t('settings.advisory.caseRefHint', {
                example: `${prefix === '' ? 'AL' : prefix}-${new Date().getUTCFullYear()}-0001`,
              })}
              error={errors.caseRefPrefix?.message}
              {...register('caseRefPrefix')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('settings.app.legend')}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <NativeSelect
              label={t('settings.app.policy')}
              data={POLICY_PROFILES.map((p) => ({ value: p.id, label: p.name[lang] }))}
              {...register('defaultPolicyProfile')}
            />
            <TextInput
              type="number"
              label={t('settings.app.autoLock')}
              error={errors.autoLockMinutes?.message}
              {...register('autoLockMinutes', { valueAsNumber: true })}
            />
            <NativeSelect
              label={t('settings.app.language')}
              data={languages.map((value) => ({ value, label: t(`common.language.${value}`) }))}
              {...register('language')}
            />
            <NativeSelect
              label={t('settings.app.ownZone')}
              description={t('settings.app.ownZoneHint')}
              styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
              data={[{ value: '', label: t('settings.app.ownZoneHost') }, ...ZONES]}
              {...register('ownTimeZone')}
            />
            <TextInput
              type="number"
              label={t('settings.app.vendorNoReply')}
              description={t('settings.app.vendorNoReplyHint')}
              styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
              min={1}
              max={120}
              error={errors.vendorNoReplyBusinessDays?.message}
              {...register('vendorNoReplyBusinessDays', { valueAsNumber: true })}
            />
            <TextInput
              type="number"
              label={t('settings.app.backupReminder')}
              description={t('settings.app.backupReminderHint')}
              styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
              min={1}
              max={365}
              error={errors.backupReminderDays?.message}
              {...register('backupReminderDays', { valueAsNumber: true })}
            />
            <TextInput
              type="number"
              label={t('settings.app.attachmentCap')}
              error={errors.attachmentMaxMiB?.message}
              {...register('attachmentMaxMiB', { valueAsNumber: true })}
            />
          </SimpleGrid>
        </Fieldset>
        {status !== null && (
          <Alert color={status.ok ? 'teal' : 'red'} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </Alert>
        )}
        <Group>
          <Button type="submit" color="indigo.8" loading={formState.isSubmitting}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
