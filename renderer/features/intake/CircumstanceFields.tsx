import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AttachmentPicker, type PendingAttachment } from './AttachmentPicker';
import type { IntakeFormValues } from './intake-form';

type Props = {
  form: UseFormReturn<IntakeFormValues>;
  attachments: readonly PendingAttachment[];
  onAttachmentsChange: (next: PendingAttachment[]) => void;
};

/** Discovery, PoC, impact and the circumstances the policy asks the finder to state. */
export function CircumstanceFields({ form, attachments, onAttachmentsChange }: Props) {
  const { t } = useTranslation();
  const { register, watch, control } = form;
  const errors = form.formState.errors;
  const constraints = useFieldArray({ control, name: 'timeConstraints' });
  const isPublic = watch('alreadyPublic.value');
  const contacted = watch('vendorAlreadyContacted.value');
  return (
    <>
      <Fieldset legend={t('intake.sections.discovery')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <TextInput
              label={t('intake.fields.discoveryMethod')}
              {...register('discovery.method')}
            />
            <TextInput label={t('intake.fields.discoveryTools')} {...register('discovery.tools')} />
          </SimpleGrid>
          <Textarea
            label={t('intake.fields.pocText')}
            autosize
            minRows={3}
            ff="monospace"
            {...register('poc.text')}
          />
          <AttachmentPicker attachments={attachments} onChange={onAttachmentsChange} />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('intake.sections.impact')}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Textarea
            label={t('intake.fields.impactDescription')}
            autosize
            minRows={2}
            {...register('impact.description')}
          />
          <Textarea
            label={t('intake.fields.threatModel')}
            autosize
            minRows={2}
            {...register('impact.threatModel')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('intake.sections.circumstances')}>
        <Stack gap="sm">
          <Checkbox label={t('intake.fields.alreadyPublic')} {...register('alreadyPublic.value')} />
          {isPublic && (
            <Textarea
              label={t('intake.fields.publicReferences')}
              autosize
              {...register('alreadyPublic.references')}
            />
          )}
          <Checkbox
            label={t('intake.fields.vendorContacted')}
            {...register('vendorAlreadyContacted.value')}
          />
          {contacted && (
            <Textarea
              label={t('intake.fields.vendorContactDetails')}
              autosize
              {...register('vendorAlreadyContacted.details')}
            />
          )}
          <Text fw={500} size="sm">
            {t('intake.constraints.label')}
          </Text>
          {constraints.fields.length === 0 && (
            <Text size="sm" c="gray.7">
              {t('intake.constraints.none')}
            </Text>
          )}
          {constraints.fields.map((field, index) => (
            <Group key={field.id} align="flex-end" wrap="nowrap">
              <TextInput
                type="date"
                label={t('intake.fields.constraintDate')}
                error={errors.timeConstraints?.[index]?.date?.message}
                {...register(`timeConstraints.${index}.date`)}
              />
              <TextInput
                flex={1}
                label={t('intake.fields.constraintDescription')}
                error={errors.timeConstraints?.[index]?.description?.message}
                {...register(`timeConstraints.${index}.description`)}
              />
              <Button
                variant="subtle"
                color="red.9"
                onClick={() => constraints.remove(index)}
                aria-label={t('intake.constraints.remove', { index: index + 1 })}
              >
                ×
              </Button>
            </Group>
          ))}
          <Button
            variant="default"
            w="fit-content"
            onClick={() => constraints.append({ date: '', description: '' })}
          >
            {t('intake.constraints.add')}
          </Button>
        </Stack>
      </Fieldset>
    </>
  );
}
