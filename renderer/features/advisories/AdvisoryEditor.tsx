import { Alert, Badge, Button, Group, List, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import {
  fieldOfDraftPath,
  finalizeDraft,
  missingTranslations,
  takeFromCase,
  type NotTakenProduct,
} from '../../../shared/advisory';
import { alertDraftParts } from '../../../shared/advisory/technical-alert-draft';
import type { TechnicalAlertContent } from '../../../shared/model';
import type { AdvisoryIdChoice } from '../../../shared/advisory';
import { AdvisoryIdField } from './AdvisoryIdField';
import { advisoryDraftSchema, type AdvisoryDraft } from '../../../shared/model/advisory-draft';
import { AlertFacts } from './AlertFacts';
import { BilingualField } from './BilingualField';
import { PublisherFields } from './PublisherFields';
import { ReferencesEditor } from './ReferencesEditor';
import { VulnerabilityEditor } from './VulnerabilityEditor';
import { CreditsAndRevisions, ProductTable, VendorTable } from './FactTables';
import { withLiveCaseFacts } from '../../../shared/advisory/live-case-facts';
import * as edit from './draft-edit';
import type { EventDraft } from './use-advisory';
import { OutcomeAlert } from './OutcomeAlert';
import { NotTakenProducts } from './NotTakenProducts';
import { alertStyles, BUTTON } from './a11y-styles';

/** The fields a draft's schema refuses, named as the editor labels them. */
const invalidFields = (issues: readonly { path: readonly PropertyKey[] }[], lang: 'ja' | 'en') =>
  [...new Set(issues.map((i) => fieldOfDraftPath(i.path)[lang]))].join(', ');

type Props = {
  stored: AdvisoryDraft;
  save: (draft: AdvisoryDraft, events: readonly EventDraft[]) => Promise<string | null>;
  /** A technical alert's content as the case holds it now (null for other kinds). */
  alertContent?: TechnicalAlertContent | null;
  /** The advisory ID prefix the case's numbering rules give, and why. */
  idChoice?: AdvisoryIdChoice | null;
  /** The case is published (its advisory ID can no longer change). */
  published?: boolean;
  /** The draft the case makes now: its vendors and products can be taken into this one. */
  caseDraft?: AdvisoryDraft | null;
  /** The case's affected products that join no case vendor, with why. */
  notTaken?: readonly NotTakenProduct[];
};

/** The bilingual draft editor; the stored draft changes only on Save or Mark as final. */
export function AdvisoryEditor({
  stored,
  save,
  alertContent = null,
  idChoice = null,
  published = false,
  caseDraft = null,
  notTaken = [],
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [draft, setDraft] = useState(stored);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [taken, setTaken] = useState<{ ok: boolean; text: string } | null>(null);
  const final = draft.status === 'final';
  const missing = missingTranslations(draft);
  const missingOf = (path: string): edit.Lang[] =>
    missing.find((m) => m.field === path)?.missing ?? [];
  const change = (next: AdvisoryDraft) => {
    setDraft(next);
    setMessage(null);
    setTaken(null);
  };
  const take = (fresh: AdvisoryDraft) => {
    const r = takeFromCase(draft, fresh);
    change(r.draft);
    const titles = r.addedVulnerabilities.map((v) => v[lang] || v.en || v.ja).join(', ');
    const counts = { vendors: r.draft.vendors.length, products: r.draft.products.length };
    setTaken({
      ok: true,
      text: [
        t('advisories.products.taken', counts),
        ...(titles === '' ? [] : [t('advisories.products.addedVulns', { titles })]),
      ].join(' '),
    });
  };
  const persist = async (next: AdvisoryDraft, okText: string) => {
    const parsed = advisoryDraftSchema.safeParse(next);
    if (!parsed.success) {
      const paths = invalidFields(parsed.error.issues, lang);
      setMessage({ ok: false, text: t('advisories.editor.invalid', { paths }) });
      return;
    }
    // Overrides are written by the export panel: keep the stored ones.
    const toSave = { ...parsed.data, leakGuardOverrides: stored.leakGuardOverrides };
    const err = await save(toSave, [
      { type: 'advisory.changed', payload: { draftId: next.id, status: next.status } },
    ]);
    setMessage(err === null ? { ok: true, text: okText } : { ok: false, text: err });
  };
  // A new ID is saved at once, with the reason recorded on the case's timeline.
  const changeId = async (advisoryId: string, reason: string): Promise<string | null> => {
    const next = { ...draft, advisoryId, updatedAt: new Date().toISOString() };
    const parsed = advisoryDraftSchema.safeParse(next);
    if (!parsed.success) {
      const paths = invalidFields(parsed.error.issues, lang);
      return t('advisories.editor.invalid', { paths });
    }
    const text = t('advisories.id.note', { from: draft.advisoryId, to: advisoryId, reason });
    const err = await save({ ...parsed.data, leakGuardOverrides: stored.leakGuardOverrides }, [
      { type: 'advisory.changed', payload: { draftId: next.id, status: next.status } },
      { type: 'note.added', payload: { text, internal: true } },
    ]);
    if (err === null) setDraft(next);
    return err;
  };
  const onSave = () =>
    persist({ ...draft, updatedAt: new Date().toISOString() }, t('advisories.editor.saved'));
  const onFinal = () => {
    const r = finalizeDraft(draft, new Date().toISOString());
    if (!r.ok) {
      setMessage({
        ok: false,
        text: t('advisories.editor.cannotFinal', { reason: r.error.message }),
      });
      return;
    }
    setDraft(r.value);
    void persist(r.value, t('advisories.editor.finalised'));
  };
  const labels: Record<edit.TextField, string> = {
    title: t('advisories.fields.title'),
    overview: t('advisories.fields.overview'),
    description: t('advisories.fields.description'),
    impact: t('advisories.fields.impact'),
    solution: t('advisories.fields.solution'),
    workarounds: t('advisories.fields.workarounds'),
  };
  return (
    <Stack component="section" aria-labelledby="adv-editor">
      <Group justify="space-between">
        <Title order={3} id="adv-editor">
          {t('advisories.editor.heading')}
        </Title>
        <Badge color={final ? 'teal.9' : 'dark'}>{t(`advisories.status.${draft.status}`)}</Badge>
      </Group>
      <AdvisoryIdField
        advisoryId={draft.advisoryId}
        choice={idChoice}
        published={published}
        onChange={changeId}
      />
      <PublisherFields draft={draft} readOnly={final} missing={missingOf} onChange={change} />
      {missing.length > 0 ? (
        <Alert
          styles={alertStyles}
          color="orange"
          title={t('advisories.missing.title', { count: missing.length })}
        >
          <List size="sm">
            {missing.map((m) => (
              <List.Item key={m.field}>
                {fieldOfDraftPath(m.field)[lang]}:{' '}
                {m.missing.map((l) => t(`advisories.lang.${l}`)).join(', ')}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {edit.TEXT_FIELDS.map((field) => (
        <BilingualField
          key={field}
          label={labels[field]}
          value={draft[field]}
          multiline={field !== 'title'}
          readOnly={final}
          missing={missingOf(field)}
          onChange={(l, v) => change(edit.setText(draft, field, l, v))}
        />
      ))}
      {draft.technicalAlert === undefined ? (
        <>
          <ProductTable draft={draft} lang={lang} />
          {final || caseDraft === null ? null : (
            <Button
              color={BUTTON}
              variant="outline"
              w="fit-content"
              onClick={() => take(caseDraft)}
            >
              {t('advisories.products.refresh')}
            </Button>
          )}
          <OutcomeAlert message={taken} />
          {final ? null : <NotTakenProducts items={notTaken} lang={lang} />}
          {draft.vulnerabilities.map((v, i) => (
            <VulnerabilityEditor
              key={v.id}
              index={i}
              vuln={v}
              readOnly={final}
              missing={missingOf}
              onChange={(next) => change(edit.setVulnerability(draft, i, next))}
              onRemove={() => change(edit.removeVulnerability(draft, i))}
            />
          ))}
          {final ? null : (
            <Button
              color={BUTTON}
              variant="outline"
              onClick={() => change(edit.addVulnerability(draft))}
            >
              {t('advisories.vuln.add')}
            </Button>
          )}
          {/* Clearance is the case's, shown as it is now (live-case-facts.ts). */}
          <VendorTable draft={withLiveCaseFacts(draft, caseDraft)} lang={lang} />
        </>
      ) : (
        <AlertFacts
          alert={draft.technicalAlert}
          // The alert may have been redrafted since: the analyst takes its content again
          // on request (into the editor; Save stores it), never silently.
          {...(final || alertContent === null
            ? {}
            : { onRefresh: () => change({ ...draft, ...alertDraftParts(alertContent) }) })}
        />
      )}
      <ReferencesEditor
        references={draft.references}
        readOnly={final}
        onAdd={(r) => change(edit.addReference(draft, r))}
        onRemove={(i) => change(edit.removeReference(draft, i))}
      />
      <CreditsAndRevisions draft={draft} lang={lang} />
      <OutcomeAlert message={message} />
      {final ? null : (
        <Group>
          <Button color={BUTTON} onClick={() => void onSave()}>
            {t('advisories.editor.save')}
          </Button>
          <Button color={BUTTON} variant="outline" disabled={missing.length > 0} onClick={onFinal}>
            {t('advisories.editor.markFinal')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
