import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { addressSchema, reachabilityEntrySchema } from '../../../shared/model';
import { dayInZone } from '../../app/ui/format-date';
import type { ContactFormValues } from './contact-form';

type Props = { form: UseFormReturn<ContactFormValues> };

const ADDRESS_KINDS = addressSchema.shape.kind.options;
const OUTCOMES = reachabilityEntrySchema.shape.outcome.options;

/** The repeated parts of a contact: people, addresses and the reachability history. */
export function ContactListFields({ form }: Props) {
  const { t } = useTranslation();
  const { control, register } = form;
  const errors = form.formState.errors;
  const people = useFieldArray({ control, name: 'people' });
  const addresses = useFieldArray({ control, name: 'addresses' });
  const reach = useFieldArray({ control, name: 'reachability' });
  const kinds = ADDRESS_KINDS.map((value) => ({
    value,
    label: t(`contacts.addressKinds.${value}`),
  }));
  const remove = (label: string, onClick: () => void) => (
    <Button variant="subtle" color="red.9" aria-label={label} onClick={onClick}>
      ×
    </Button>
  );
  return (
    <>
      <Fieldset legend={t('contacts.form.people')}>
        <Stack gap="xs">
          {people.fields.map((field, i) => (
            <Group key={field.id} align="flex-end" wrap="nowrap">
              <TextInput
                label={t('contacts.form.personName')}
                error={errors.people?.[i]?.name?.message}
                {...register(`people.${i}.name`)}
              />
              <TextInput
                label={t('contacts.form.personEmail')}
                {...register(`people.${i}.email`)}
              />
              <TextInput
                label={t('contacts.form.personPhone')}
                {...register(`people.${i}.phone`)}
              />
              <TextInput label={t('contacts.form.personRole')} {...register(`people.${i}.role`)} />
              {remove(t('contacts.form.removePerson', { index: i + 1 }), () => people.remove(i))}
            </Group>
          ))}
          <Button
            variant="default"
            w="fit-content"
            onClick={() => people.append({ name: '', email: '', phone: '', role: '' })}
          >
            {t('contacts.form.addPerson')}
          </Button>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('contacts.form.addresses')}>
        <Stack gap="xs">
          {addresses.fields.map((field, i) => (
            <Group key={field.id} align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t('contacts.form.addressKind')}
                data={kinds}
                {...register(`addresses.${i}.kind`)}
              />
              <TextInput
                flex={1}
                label={t('contacts.form.addressValue')}
                error={errors.addresses?.[i]?.value?.message}
                {...register(`addresses.${i}.value`)}
              />
              <TextInput
                label={t('contacts.form.addressLabel')}
                {...register(`addresses.${i}.label`)}
              />
              {remove(t('contacts.form.removeAddress', { index: i + 1 }), () =>
                addresses.remove(i),
              )}
            </Group>
          ))}
          <Button
            variant="default"
            w="fit-content"
            onClick={() => addresses.append({ kind: 'email', value: '', label: '' })}
          >
            {t('contacts.form.addAddress')}
          </Button>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('contacts.form.reachability')}>
        <Stack gap="xs">
          {reach.fields.map((field, i) => (
            <Group key={field.id} align="flex-end" wrap="nowrap">
              <TextInput
                type="date"
                label={t('contacts.form.reachOn')}
                error={errors.reachability?.[i]?.on?.message}
                {...register(`reachability.${i}.on`)}
              />
              <NativeSelect
                label={t('contacts.form.reachChannel')}
                data={kinds}
                {...register(`reachability.${i}.channel`)}
              />
              <NativeSelect
                label={t('contacts.form.reachOutcome')}
                data={OUTCOMES.map((value) => ({ value, label: t(`contacts.outcomes.${value}`) }))}
                {...register(`reachability.${i}.outcome`)}
              />
              <TextInput
                flex={1}
                label={t('contacts.form.reachNote')}
                {...register(`reachability.${i}.note`)}
              />
              {remove(t('contacts.form.removeReach', { index: i + 1 }), () => reach.remove(i))}
            </Group>
          ))}
          <Button
            variant="default"
            w="fit-content"
            onClick={() =>
              reach.append({
                on: dayInZone(new Date().toISOString()),
                channel: 'email',
                outcome: 'no-reply',
                note: '',
              })
            }
          >
            {t('contacts.form.addReach')}
          </Button>
        </Stack>
      </Fieldset>
    </>
  );
}
