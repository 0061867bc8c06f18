import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { nameOf, newContactId, type ContactId } from '../../../shared/model';
import { useRepoVersion, type StorePort } from '../../store/port';
import { ContactCases, type ContactCaseRow } from './ContactCases';
import { ContactEditor } from './ContactEditor';
import { ContactsTable } from './ContactsTable';
import { formToContact, type ContactFormValues } from './contact-form';
import { fingerprintLinkLines } from './contact-links';
import { keyOperations, linkReportLines } from '../keys';
import { useOperations } from '../../app/operations';
import { searchContacts } from './contact-search';
import { failWith, ok } from '../../../shared/result';

/** What the contacts registry uses of the encrypted store. */
export type ContactsStore = StorePort<
  'contacts' | 'involvements' | 'cases' | 'keys' | 'messages' | 'caseEvents',
  'transact'
>;

export function ContactsScreen({ store }: { store: ContactsStore }) {
  return (
    <Routes>
      <Route index element={<ContactList store={store} />} />
      {/* One route for "new" and a contact, so saving a new contact (which moves it to its
          own address) keeps the page and its form: see `useEditorSession`. */}
      <Route path=":contactId" element={<ContactPage store={store} />} />
    </Routes>
  );
}

function ContactList({ store }: { store: ContactsStore }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const version = useRepoVersion(store.repos.contacts);
  const contacts = useMemo(
    () => searchContacts(store.repos.contacts.all(), query, lang),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version, query, lang, store.repos.contacts],
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('contacts.title')}</Title>
        <Button component={Link} to="/contacts/new" color="indigo.8">
          {t('contacts.add')}
        </Button>
      </Group>
      <Text c="gray.7">{t('contacts.intro')}</Text>
      <TextInput
        type="search"
        label={t('contacts.search')}
        styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
        description={t('contacts.searchHint')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <ContactsTable contacts={contacts} />
    </Stack>
  );
}

/** The address of a contact not saved yet. */
const NEW = 'new';

/**
 * Which form the page shows: a contact's, or a new one under the id it will be saved with.
 * Saving a new contact moves the page to that id's address; the form must stay the one the
 * analyst is typing in (a remount there lost what was typed after the save), so it is keyed
 * by the draft's id. Arriving at "new" from anywhere else starts a new draft.
 */
function useEditorSession(param: string): { editorKey: string; draftId: ContactId } {
  const [session, setSession] = useState(() => ({ param, draftId: newContactId() }));
  let current = session;
  if (session.param !== param) {
    const saved = session.param === NEW && param === session.draftId;
    current = { param, draftId: saved ? session.draftId : newContactId() };
    setSession(current);
  }
  return { editorKey: param === NEW ? current.draftId : param, draftId: current.draftId };
}

function ContactPage({ store }: { store: ContactsStore }) {
  const ops = useOperations(keyOperations);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lang = useLang();
  const param = useParams().contactId ?? NEW;
  const contactId = param === NEW ? undefined : param;
  const { editorKey, draftId } = useEditorSession(param);
  // The key of the form on screen now: a save that ends after the analyst moved on (to
  // another contact, a new one or another screen) must not take them back to its contact.
  const shown = useRef<string | null>(editorKey);
  useEffect(() => {
    shown.current = editorKey;
    return () => {
      shown.current = null;
    };
  }, [editorKey]);
  useRepoVersion(store.repos.contacts);
  const involvementsVersion = useRepoVersion(store.repos.involvements);
  const casesVersion = useRepoVersion(store.repos.cases);
  useRepoVersion(store.repos.keys);
  const contact = contactId === undefined ? undefined : store.repos.contacts.get(contactId);
  const links =
    contact === undefined
      ? []
      : fingerprintLinkLines(t, contact, store.repos.keys.all(), store.repos.contacts.all(), lang);
  const rows = useMemo((): ContactCaseRow[] => {
    if (contact === undefined) return [];
    return store.repos.involvements
      .all()
      .filter((i) => i.contactId === contact.id)
      .flatMap((involvement) => {
        const c = store.repos.cases.get(involvement.caseId);
        return c === undefined ? [] : [{ involvement, case: c }];
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contact, involvementsVersion, casesVersion, store]);

  if (contactId !== undefined && contact === undefined) {
    return (
      <Stack>
        <Title order={2}>{t('contacts.form.notFound')}</Title>
        <Anchor c="indigo.9" component={Link} to="/contacts">
          {t('contacts.form.back')}
        </Anchor>
      </Stack>
    );
  }
  const save = async (values: ContactFormValues) => {
    const id = contact?.id ?? draftId;
    const result = await ops.saveContact({ contact: formToContact(id, values) });
    if (!result.ok) return failWith(result.error.code, result.error.message);
    if (contact === undefined && shown.current === editorKey) {
      void navigate(`/contacts/${id}`, { replace: true });
    }
    return ok(
      linkReportLines(t, result.value, store.repos.keys.all(), store.repos.contacts.all(), lang),
    );
  };
  return (
    <Stack>
      <Anchor c="indigo.9" component={Link} to="/contacts" size="sm">
        {t('contacts.form.back')}
      </Anchor>
      <Title order={2}>
        {contact === undefined
          ? t('contacts.form.newTitle')
          : t('contacts.form.editTitle', { name: nameOf(contact, lang) })}
      </Title>
      <ContactEditor key={editorKey} contact={contact} onSave={save} links={links} />
      {contact !== undefined && <ContactCases rows={rows} />}
    </Stack>
  );
}
