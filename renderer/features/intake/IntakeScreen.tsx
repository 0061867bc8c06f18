import { Alert, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { useLocation, useNavigate } from 'react-router';
import {
  defaultSettings,
  newAttachmentId,
  type CaseKind,
  type Language,
  type TriageChecklist,
} from '../../../shared/model';
import { intakeStartingChecklist } from '../../../shared/workflow/intake-support';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import { triage } from '../../../shared/workflow/triage';
import { dayInZone, startOfDayInZone } from '../../app/ui/format-date';
import { AlertForm } from './AlertForm';
import { IntakeForm, type IntakeSubmission } from './IntakeForm';
import { toAlertContent, type AlertFormValues } from './alert-form';
import { nextCaseRef } from './case-ref';
import { buildAlertRecords, buildIntakeRecords, withIntakeLink } from './create-case';
import { findDuplicates, firstFinderOf, type DuplicateStore } from './duplicate-candidates';
import { parseReportKeys } from '../../../shared/workflow/duplicate-match';
import type { DuplicateKeysInput } from './DuplicatePanel';
import { duplicateDeclineLetter } from '../../../shared/workflow/finder-step-letters';
import { checkDuplicateLetter } from '../../../shared/workflow/finder-letter-guard';
import { fail, ok } from '../../../shared/result';
import type { CaseId } from '../../../shared/model';
import type { IntakeStore } from './intake-actions';
import { useOperations } from '../../app/operations';
import { intakeOperations } from './operations';
import { emptyIntakeForm, toReport, type IntakeFormValues } from './intake-form';
import { draftFinderLetter } from './letter-draft';
import { readReportFormState } from './report-form-state';
import { letterLanguageOf, reportFormValues } from './report-form-values';
import { toVerdictView, type Decision, type VerdictView } from './verdict-view';

export function IntakeScreen({ store }: { store: IntakeStore & DuplicateStore }) {
  const ops = useOperations(intakeOperations);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lang: Language = useLang();
  const settings = store.repos.settings.all()[0] ?? defaultSettings(lang);
  const profile = getPolicyProfile(settings.defaultPolicyProfile);
  const today = dayInZone(new Date().toISOString());
  // A finder's report form opened on the import screen fills every field (issue 27 item 6).
  const location = useLocation();
  const fromForm = useMemo(() => readReportFormState(location.state), [location.state]);
  const [kind, setKind] = useState<CaseKind>(fromForm?.reportForm.kind ?? 'software');
  const defaults = useMemo(
    () => ({
      ...(fromForm === null
        ? emptyIntakeForm(today, intakeStartingChecklist())
        : reportFormValues(fromForm.reportForm, today)),
      kind: kind === 'website' ? ('website' as const) : ('software' as const),
    }),
    [today, kind, fromForm],
  );
  const caseRef = () =>
    nextCaseRef(
      settings.caseRefPrefix,
      Number(today.slice(0, 4)),
      store.repos.cases.all().map((c) => c.ref),
    );
  // The start of the received day (JST); today while the date field is not a valid day.
  const receivedAtOf = useCallback(
    (receivedOn: string) =>
      startOfDayInZone(/^\d{4}-\d{2}-\d{2}$/.test(receivedOn) ? receivedOn : today),
    [today],
  );

  const evaluate = useCallback(
    (checklist: TriageChecklist, values: IntakeFormValues) =>
      toVerdictView(
        triage(
          { checklist, kind: values.kind, receivedAt: receivedAtOf(values.receivedOn) },
          profile,
        ),
        lang,
      ),
    [profile, receivedAtOf, lang],
  );
  const draftLetter = useCallback(
    (decision: Decision, letterLang: Language, values: IntakeFormValues, verdict: VerdictView) =>
      draftFinderLetter({
        decision,
        outcome: verdict.outcome,
        language: letterLang,
        caseRef: nextCaseRef(
          settings.caseRefPrefix,
          Number(today.slice(0, 4)),
          store.repos.cases.all().map((c) => c.ref),
        ),
        finderName: values.reporter.name,
        productName: values.product.name,
        organisationName: settings.organisation.name[letterLang],
        receivedAt: receivedAtOf(values.receivedOn),
        timeZone: profile.calendar.timeZone,
      }),
    [settings, profile, today, receivedAtOf, store],
  );

  const duplicates = useCallback(
    (keys: DuplicateKeysInput, text: string) => findDuplicates(store, parseReportKeys(keys), text),
    [store],
  );
  const draftDuplicateLetter = useCallback(
    (letterLang: Language, values: IntakeFormValues) => {
      const letter = duplicateDeclineLetter({
        caseRef: caseRef(),
        reporter: {
          // A field not yet typed stays `{{…}}`, which sealing refuses (as for the vendor letters).
          name: values.reporter.name.trim() || '{{finderName}}',
          creditConsent: values.reporter.creditConsent,
          creditName: values.reporter.creditName.trim() || null,
        },
        productName: values.product.name.trim() || '{{productName}}',
        organisation: settings.organisation.name,
        language: letterLang,
      });
      return `${letter.subject}\n\n${letter.body}`;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [settings, t, store],
  );

  const create = async ({ values, attachments, decision, link, keys }: IntakeSubmission) => {
    const now = new Date().toISOString();
    const files = attachments.map((file) => ({ ...file, id: newAttachmentId() }));
    const receivedAt = values.receivedOn === today ? now : startOfDayInZone(values.receivedOn);
    // The letter to a second finder never names the first (issue 27 item 3).
    const first = link?.relation === 'duplicate-of' ? firstFinderOf(store, link.caseId) : null;
    const guard =
      first === null
        ? ok(null)
        : checkDuplicateLetter({ subject: '', body: decision.letter }, first);
    if (!guard.ok) {
      const text = guard.error.hits.map((h) => h.text).join(', ');
      return fail({
        code: guard.error.code,
        message: t('intakeDuplicates.letterNamesFirst', { ref: link?.ref ?? '', text }),
      });
    }
    const ref = caseRef();
    const base = buildIntakeRecords({
      ref,
      title: values.title,
      tlp: values.tlp,
      policyProfile: profile.id,
      report: toReport(
        values,
        receivedAt,
        files.map((f) => f.id),
      ),
      decision,
      keys: parseReportKeys(keys),
    });
    const built =
      link === null
        ? base
        : withIntakeLink(base, ref, { ...link, caseId: link.caseId as CaseId }, decision.decision);
    const created = await ops.createCase({ records: built, files, now });
    if (created.ok) void navigate(`/cases/${created.value}`);
    return created;
  };

  const createAlert = async (values: AlertFormValues) => {
    const built = buildAlertRecords({
      ref: caseRef(),
      title: values.title,
      tlp: values.tlp,
      policyProfile: profile.id,
      content: toAlertContent(values),
    });
    const now = new Date().toISOString();
    const created = await ops.createCase({ records: built, files: [], now });
    if (created.ok) void navigate(`/cases/${created.value}`);
    return created;
  };

  return (
    <Stack>
      <Title order={2} id="intake-title">
        {t('intake.title')}
      </Title>
      {kind === 'technical-alert' ? (
        <AlertForm onKindChange={setKind} onCreate={createAlert} />
      ) : (
        <>
          <Text c="gray.7">{t('intake.intro')}</Text>
          {fromForm !== null && (
            <Alert color="blue" role="status" c="dark.9">
              {t('intake.fromReportForm', { file: fromForm.fileName })}
            </Alert>
          )}
          <IntakeForm
            key={kind}
            defaultValues={defaults}
            timeZone={profile.calendar.timeZone}
            evaluate={evaluate}
            draftLetter={draftLetter}
            onCreate={create}
            onKindChange={setKind}
            findDuplicates={duplicates}
            draftDuplicateLetter={draftDuplicateLetter}
            initialLetterLanguage={letterLanguageOf(fromForm?.reportForm)}
          />
        </>
      )}
    </Stack>
  );
}
