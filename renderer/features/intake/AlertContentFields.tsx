import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { FieldError, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AlertField, AlertFormValues } from './alert-form';

type Props = { form: UseFormReturn<AlertFormValues>; idPrefix: string };

/** Mantine's error red and dimmed grey fall below WCAG AA contrast on white (axe
 *  color-contrast): forms holding these fields use darker shades. */
export const READABLE_FORM = {
  '--mantine-color-error': 'var(--mantine-color-red-9)',
  '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
} as CSSProperties;

type Bilingual = 'vulnerabilityClass' | 'summary' | 'productFamilies' | 'mitigations';

/**
 * The alert's own fields, shared by intake and the case screen's editor. A refusal of the
 * shared schema is shown on the field it names, in the UI language; a bilingual field shows
 * it on its Japanese box (the first of the pair) and the English box points to it.
 */
export function AlertContentFields({ form, idPrefix }: Props) {
  const { t } = useTranslation();
  const { register } = form;
  const errors = form.formState.errors;
  const message = (field: AlertField, error: FieldError | undefined): string | undefined =>
    error === undefined
      ? undefined
      : error.message === 'lines-differ'
        ? t('intake.alert.errors.linesDiffer')
        : t(`intake.alert.errors.${field}`);
  const pair = (field: Bilingual, multiline: boolean) => {
    const error = message(field, errors[field] as FieldError | undefined);
    const errorId = `${idPrefix}-${field}-error`;
    const Input = multiline ? Textarea : TextInput;
    const extra = multiline ? { autosize: true, minRows: 3 } : {};
    return (
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Input
          label={t(`intake.alert.fields.${field}Ja`)}
          error={error}
          errorProps={{ id: errorId }}
          {...extra}
          {...register(`${field}.ja`)}
        />
        <Input
          label={t(`intake.alert.fields.${field}En`)}
          aria-invalid={error !== undefined}
          aria-describedby={error === undefined ? undefined : errorId}
          {...extra}
          {...register(`${field}.en`)}
        />
      </SimpleGrid>
    );
  };
  return (
    <Stack gap="sm" style={READABLE_FORM}>
      {pair('vulnerabilityClass', false)}
      <TextInput
        label={t('intake.alert.fields.cwes')}
        description={t('intake.alert.fields.cwesHint')}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        error={message('cwes', errors.cwes)}
        {...register('cwes')}
      />
      {pair('summary', true)}
      {pair('productFamilies', true)}
      {pair('mitigations', true)}
    </Stack>
  );
}
