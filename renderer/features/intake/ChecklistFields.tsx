import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { answerSchema, impactInJapanSchema } from '../../../shared/model';
import { CHECKLIST_GROUPS } from './checklist-items';
import type { IntakeFormValues } from './intake-form';

type Props = { form: UseFormReturn<IntakeFormValues> };

/** The policy checklist (ARCHITECTURE.md §4): one tri-state answer per item of the policy. */
export function ChecklistFields({ form }: Props) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const answers = answerSchema.options.map((value) => ({
    value,
    label: t(`intake.checklist.answers.${value}`),
  }));
  const impacts = impactInJapanSchema.options.map((value) => ({
    value,
    label: t(`intake.checklist.impactInJapan.${value}`),
  }));
  return (
    <>
      {CHECKLIST_GROUPS.map((group) => (
        <Fieldset key={group.id} legend={t(`intake.checklist.groups.${group.id}`)}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {group.items.map((item) => {
              const label = t(`intake.checklist.items.${item}`);
              if (item === 'productLastUpdated') {
                return (
                  <TextInput
                    key={item}
                    type="date"
                    label={label}
                    error={formState.errors.checklist?.productLastUpdated?.message}
                    {...register('checklist.productLastUpdated')}
                  />
                );
              }
              return (
                <NativeSelect
                  key={item}
                  label={label}
                  data={item === 'impactInJapan' ? impacts : answers}
                  {...register(`checklist.${item}`)}
                />
              );
            })}
          </SimpleGrid>
        </Fieldset>
      ))}
    </>
  );
}
