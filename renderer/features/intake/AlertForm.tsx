import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { caseKindSchema, tlpSchema, type CaseKind } from '../../../shared/model';
import type { CodedError, Result } from '../../../shared/result';
import { AlertContentFields, READABLE_FORM } from './AlertContentFields';
import { localizedResolver } from '../../app/form-resolver';
import {
  ALERT_FORM_FIELDS,
  alertFormSchema,
  emptyAlertForm,
  type AlertFormValues,
} from './alert-form';

type Props = {
  /** Choosing another kind goes back to the finder's report form. */
  onKindChange: (kind: CaseKind) => void;
  onCreate: (values: AlertFormValues) => Promise<Result<unknown, CodedError>>;
};

/** Intake of a technical alert: no finder, no checklist; the alert's own content. */
export function AlertForm({ onKindChange, onCreate }: Props) {
  const { t } = useTranslation();
  const form = useForm<AlertFormValues>({
    resolver: localizedResolver(alertFormSchema, ALERT_FORM_FIELDS),
    defaultValues: emptyAlertForm(),
  });
  const [failure, setFailure] = useState<string | null>(null);
  const errors = form.formState.errors;
  const submit = form.handleSubmit(
    async (valid) => {
      setFailure(null);
      const result = await onCreate(valid);
      if (!result.ok) setFailure(t('intake.failed', { message: result.error.message }));
    },
    () => setFailure(t('intake.invalid')),
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="intake-title">
      <Stack maw={1100} style={READABLE_FORM}>
        <Text c="gray.7">{t('intake.alert.intro')}</Text>
        <Fieldset legend={t('intake.sections.case')}>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <TextInput
              label={t('intake.fields.title')}
              error={errors.title === undefined ? undefined : t('intake.alert.errors.title')}
              {...form.register('title')}
            />
            <NativeSelect
              label={t('intake.fields.kind')}
              value="technical-alert"
              onChange={(event) => {
                const next = caseKindSchema.safeParse(event.currentTarget.value);
                if (next.success) onKindChange(next.data);
              }}
              data={caseKindSchema.options.map((value) => ({
                value,
                label: t(`intake.kinds.${value}`),
              }))}
            />
            <NativeSelect
              label={t('intake.fields.tlp')}
              data={tlpSchema.options}
              {...form.register('tlp')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('intake.alert.section')}>
          <AlertContentFields form={form} idPrefix="intake-alert" />
        </Fieldset>
        {failure !== null && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" size="md" color="indigo.8" loading={form.formState.isSubmitting}>
            {t('intake.alert.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
