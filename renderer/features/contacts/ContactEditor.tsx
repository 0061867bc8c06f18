import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CodedError, Result } from '../../../shared/result';
import { contactKindSchema, tlpSchema, type Contact } from '../../../shared/model';
import { ContactListFields } from './ContactListFields';
import { localizedResolver } from '../../app/form-resolver';
import {
  CONTACT_FIELDS,
  contactFormSchema,
  contactToForm,
  emptyContactForm,
  type ContactFormValues,
} from './contact-form';

/** The form reports a bad product line as `product:<line>` (1-based). */
const badProductLine = (message: string | undefined): string =>
  /^product:(\d+)$/.exec(message ?? '')?.[1] ?? '?';

type Props = {
  contact: Contact | undefined;
  /** Saves; the value is what the save did besides (keys linked, messages moved). */
  onSave: (values: ContactFormValues) => Promise<Result<string[], CodedError>>;
  /** For each stored fingerprint: the key it links, or why none. */
  links: readonly string[];
};

/** Create or edit one organisation of the registry (ARCHITECTURE.md §3 Contact). */
export function ContactEditor({ contact, onSave, links }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<ContactFormValues>({
    resolver: localizedResolver(contactFormSchema, CONTACT_FIELDS),
    defaultValues: contact === undefined ? emptyContactForm() : contactToForm(contact),
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    setStatus(null);
    const result = await onSave(values);
    setStatus(
      result.ok
        ? { ok: true, text: [t('contacts.form.saved'), ...result.value].join(' ') }
        : { ok: false, text: t('contacts.form.failed', { message: result.error.message }) },
    );
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Fieldset legend={t('contacts.table.name')}>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <TextInput label={t('contacts.form.nameJa')} {...register('name.ja')} />
            <TextInput
              label={t('contacts.form.nameEn')}
              error={errors.name?.en === undefined ? undefined : t('contacts.form.nameRequired')}
              {...register('name.en')}
            />
            <NativeSelect
              label={t('contacts.form.kind')}
              data={contactKindSchema.options.map((value) => ({
                value,
                label: t(`contacts.kinds.${value}`),
              }))}
              {...register('kind')}
            />
          </SimpleGrid>
          <Group mt="sm">
            <Checkbox
              label={t('contacts.form.publicListingConsent')}
              {...register('publicListingConsent')}
            />
            <Checkbox
              label={t('contacts.form.acceptsDirectReports')}
              {...register('acceptsDirectReports')}
            />
          </Group>
        </Fieldset>
        <ContactListFields form={form} />
        <Textarea
          label={t('contacts.form.fingerprints')}
          styles={{
            description: { color: 'var(--mantine-color-gray-7)' },
            input: { fontFamily: 'var(--mantine-font-family-monospace)' },
          }}
          description={t('contacts.form.fingerprintsHint')}
          autosize
          minRows={2}
          error={errors.fingerprints === undefined ? undefined : t('contacts.errors.fingerprint')}
          {...register('fingerprints')}
        />
        {links.length > 0 && (
          <List size="sm" aria-label={t('contacts.links.label')} data-testid="contact-key-links">
            {links.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
        <Textarea
          label={t('contacts.form.products')}
          styles={{
            description: { color: 'var(--mantine-color-gray-7)' },
            input: { fontFamily: 'var(--mantine-font-family-monospace)' },
          }}
          description={t('contacts.form.productsHint')}
          autosize
          minRows={2}
          error={
            errors.products === undefined
              ? undefined
              : t('contacts.errors.product', { line: badProductLine(errors.products.message) })
          }
          {...register('products')}
        />
        <NativeSelect
          label={t('contacts.form.clearance')}
          description={t('contacts.form.clearanceHint')}
          styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
          data={[
            { value: '', label: t('contacts.form.clearanceNone') },
            ...tlpSchema.options.map((value) => ({ value, label: `TLP:${value}` })),
          ]}
          w={320}
          {...register('clearance', { setValueAs: (v: string | null) => (v === '' ? null : v) })}
        />
        <Textarea label={t('contacts.form.notes')} autosize minRows={2} {...register('notes')} />
        {status !== null && (
          <Alert color={status.ok ? 'teal' : 'red'} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </Alert>
        )}
        <Group>
          <Button type="submit" color="indigo.8" loading={formState.isSubmitting}>
            {t('contacts.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
