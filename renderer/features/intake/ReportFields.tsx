import { Checkbox, Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { caseKindSchema, tlpSchema, type CaseKind } from '../../../shared/model';
import type { IntakeFormValues } from './intake-form';

type Props = {
  form: UseFormReturn<IntakeFormValues>;
  /** A technical alert is not a finder's report: choosing it switches to its own form. */
  onKindChange: (kind: CaseKind) => void;
};

/** Case, reporter and product blocks of the report (ARCHITECTURE.md §3 Report). */
export function ReportFields({ form, onKindChange }: Props) {
  const { t } = useTranslation();
  const { register, watch } = form;
  const errors = form.formState.errors;
  const creditConsent = watch('reporter.creditConsent');
  return (
    <>
      <Fieldset legend={t('intake.sections.case')}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <TextInput
            label={t('intake.fields.title')}
            error={errors.title?.message}
            {...register('title')}
          />
          <TextInput
            type="date"
            label={t('intake.fields.receivedOn')}
            error={errors.receivedOn?.message}
            {...register('receivedOn')}
          />
          <NativeSelect
            label={t('intake.fields.kind')}
            data={caseKindSchema.options.map((value) => ({
              value,
              label: t(`intake.kinds.${value}`),
            }))}
            {...register('kind', {
              onChange: (event: { target: { value: string } }) => {
                if (event.target.value === 'technical-alert') onKindChange('technical-alert');
              },
            })}
          />
          <NativeSelect
            label={t('intake.fields.tlp')}
            data={tlpSchema.options}
            {...register('tlp')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('intake.sections.reporter')}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <TextInput
            label={t('intake.fields.reporterName')}
            error={errors.reporter?.name?.message}
            {...register('reporter.name')}
          />
          <TextInput
            label={t('intake.fields.reporterContact')}
            error={errors.reporter?.contact?.message}
            {...register('reporter.contact')}
          />
          <TextInput
            label={t('intake.fields.reporterFingerprint')}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={errors.reporter?.pgpKeyFingerprint?.message}
            {...register('reporter.pgpKeyFingerprint')}
          />
          <Checkbox
            mt="lg"
            label={t('intake.fields.creditConsent')}
            {...register('reporter.creditConsent')}
          />
          {creditConsent && (
            <TextInput label={t('intake.fields.creditName')} {...register('reporter.creditName')} />
          )}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('intake.sections.product')}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <TextInput
            label={t('intake.fields.productName')}
            error={errors.product?.name?.message}
            {...register('product.name')}
          />
          <TextInput label={t('intake.fields.vendorName')} {...register('product.vendorName')} />
          <TextInput label={t('intake.fields.productVersion')} {...register('product.version')} />
          <TextInput label={t('intake.fields.productUrl')} {...register('product.url')} />
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
