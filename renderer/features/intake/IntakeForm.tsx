import { Alert, Button, Grid, Group, List, Stack, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CodedError, Result } from '../../../shared/result';
import type { CaseKind, Language, TriageChecklist } from '../../../shared/model';
import { decideSsvc } from '../../../shared/workflow/ssvc';
import { triageAgrees, triagePrefill } from '../../../shared/workflow/ssvc-prefill';
import { SsvcPanel, ssvcInput } from '../cases';
import { ChecklistFields } from './ChecklistFields';
import { CircumstanceFields } from './CircumstanceFields';
import { ReportFields } from './ReportFields';
import { VerdictPanel } from './VerdictPanel';
import { DuplicatePanel, type DuplicateKeysInput, type IntakeLink } from './DuplicatePanel';
import type { DuplicateCandidate } from '../../../shared/workflow/duplicate-match';
import type { PendingAttachment } from './AttachmentPicker';
import type { IntakeDecision } from './create-case';
import { formErrorList, localizedResolver } from '../../app/form-resolver';
import {
  INTAKE_FIELDS,
  intakeFormSchemaAt,
  toChecklist,
  type IntakeFormValues,
} from './intake-form';
import type { Decision, VerdictView } from './verdict-view';

export type IntakeSubmission = {
  values: IntakeFormValues;
  attachments: readonly PendingAttachment[];
  decision: IntakeDecision;
  /** The case this report is linked to, as a duplicate or related (issue 27 item 3). */
  link: IntakeLink | null;
  /** The product identifiers, CVE ids and CWEs typed beside the duplicate search. */
  keys: DuplicateKeysInput;
};

type Props = {
  defaultValues: IntakeFormValues;
  /** The policy profile's zone: "today" for the received date. */
  timeZone: string;
  evaluate: (checklist: TriageChecklist, values: IntakeFormValues) => VerdictView;
  draftLetter: (
    decision: Decision,
    language: Language,
    values: IntakeFormValues,
    verdict: VerdictView,
  ) => string;
  onCreate: (submission: IntakeSubmission) => Promise<Result<unknown, CodedError>>;
  onKindChange: (kind: CaseKind) => void;
  findDuplicates: (keys: DuplicateKeysInput, text: string) => DuplicateCandidate[];
  /** The letter to a second finder when the report duplicates a case being handled. */
  draftDuplicateLetter: (language: Language, values: IntakeFormValues) => string;
  /** The language the letter starts in (the report's: `letterLanguageOf`). */
  initialLetterLanguage: Language;
};

/** The intake wizard: report, checklist, live verdict, decision and letter (ARCHITECTURE.md §4). */
export function IntakeForm({
  defaultValues,
  timeZone,
  evaluate,
  draftLetter,
  onCreate,
  onKindChange,
  findDuplicates,
  draftDuplicateLetter,
  initialLetterLanguage,
}: Props) {
  const { t } = useTranslation();
  const form = useForm<IntakeFormValues>({
    // "Now" when the form is checked, not when it opened (a form left open overnight).
    resolver: (values, context, options) =>
      localizedResolver(intakeFormSchemaAt(new Date().toISOString(), timeZone), INTAKE_FIELDS)(
        values,
        context,
        options,
      ),
    defaultValues,
  });
  const [attachments, setAttachments] = useState<PendingAttachment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  // Live after the first submit: a corrected field leaves the list as it leaves its box.
  const invalid = form.formState.isSubmitted ? formErrorList(form.formState.errors) : [];
  // Watch only what drives the verdict and the letter: the rest of the form stays uncontrolled.
  const checklist = useWatch({ control: form.control, name: 'checklist' });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const reporterName = useWatch({ control: form.control, name: 'reporter.name' });
  const title = useWatch({ control: form.control, name: 'title' });
  const productName = useWatch({ control: form.control, name: 'product.name' });
  const receivedOn = useWatch({ control: form.control, name: 'receivedOn' });
  const checklistKey = JSON.stringify(checklist);
  const verdict = useMemo(
    () => evaluate(toChecklist(checklist), { ...form.getValues(), kind, receivedOn }),
    // The checklist object is a new array each render; its JSON is the stable key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [checklistKey, kind, receivedOn, evaluate, form],
  );
  const [decision, setDecision] = useState<Decision>(verdict.decision);
  const [decisionTouched, setDecisionTouched] = useState(false);
  const [note, setNote] = useState('');
  const [letterLanguage, setLetterLanguage] = useState<Language>(initialLetterLanguage);
  const [letter, setLetter] = useState('');
  const [letterEdited, setLetterEdited] = useState(false);
  const [ssvcChosen, setSsvcChosen] = useState<Record<string, string>>({});
  const [dupKeys, setDupKeys] = useState<DuplicateKeysInput>({
    identifiers: '',
    cves: '',
    cwes: '',
  });
  const [link, setLink] = useState<IntakeLink | null>(null);
  const candidates = useMemo(
    () => findDuplicates(dupKeys, `${title} ${productName}`),
    [findDuplicates, dupKeys, title, productName],
  );
  const duplicate = link?.relation === 'duplicate-of';
  const draft = () =>
    duplicate
      ? draftDuplicateLetter(letterLanguage, form.getValues())
      : draftLetter(decision, letterLanguage, form.getValues(), verdict);
  const answers = toChecklist(checklist);
  const ssvcPrefill = triagePrefill({
    alreadyPublic: answers.alreadyPublic,
    vendorContactStated: answers.vendorContactStated,
    multipleDevelopers: answers.multipleDevelopers,
  });
  const ssvcAt = (now: string) =>
    decideSsvc('coordinator-triage', ssvcInput(ssvcPrefill, ssvcChosen), { now });
  const ssvc = ssvcAt(new Date().toISOString());

  useEffect(() => {
    if (!decisionTouched) setDecision(verdict.decision);
  }, [verdict.decision, decisionTouched]);

  useEffect(() => {
    if (!letterEdited) setLetter(draft());
    // `draft` reads the values below; listing them keeps the letter in step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    duplicate,
    draftDuplicateLetter,
    decision,
    letterLanguage,
    letterEdited,
    reporterName,
    title,
    productName,
    verdict,
    draftLetter,
    form,
  ]);

  const submit = form.handleSubmit(
    async (valid) => {
      setFailure(null);
      const reasons = decision === verdict.decision ? verdict.reasonCodes : [];
      const decided = ssvcAt(new Date().toISOString());
      const result = await onCreate({
        values: valid,
        attachments,
        link,
        keys: dupKeys,
        decision: {
          decision,
          reasons,
          priority: verdict.priority.value,
          note,
          letter,
          ...(decided.ok ? { ssvc: decided.value } : {}),
        },
      });
      if (!result.ok) setFailure(t('intake.failed', { message: result.error.message }));
    },
    () => setFailure(null),
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="intake-title">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <ReportFields form={form} onKindChange={onKindChange} />
            <CircumstanceFields
              form={form}
              attachments={attachments}
              onAttachmentsChange={setAttachments}
            />
            <DuplicatePanel
              keys={dupKeys}
              onKeysChange={setDupKeys}
              candidates={candidates}
              link={link}
              onLinkChange={(next) => {
                setLink(next);
                setLetterEdited(false);
              }}
            />
            <Title order={3}>{t('intake.sections.checklist')}</Title>
            <ChecklistFields form={form} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack style={{ position: 'sticky', top: 72 }}>
            <Title order={3}>{t('intake.sections.decision')}</Title>
            <VerdictPanel
              verdict={verdict}
              decision={decision}
              onDecisionChange={(next) => {
                setDecisionTouched(true);
                setDecision(next);
              }}
              note={note}
              onNoteChange={setNote}
              letter={letter}
              onLetterChange={(next) => {
                setLetterEdited(true);
                setLetter(next);
              }}
              letterLanguage={letterLanguage}
              onLetterLanguageChange={(next) => {
                setLetterEdited(false);
                setLetterLanguage(next);
              }}
              onRedraft={() => {
                setLetterEdited(false);
                setLetter(draft());
              }}
            />
            <SsvcPanel
              model="coordinator-triage"
              prefill={ssvcPrefill}
              chosen={ssvcChosen}
              onChange={setSsvcChosen}
              decision={ssvc}
              policy={{
                label: t(`intake.verdict.${verdict.decision}`),
                agrees: (outcome) => triageAgrees(outcome, verdict.decision),
              }}
            />
            {failure !== null && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            {invalid.length > 0 && (
              <Alert color="red" role="alert">
                {t('intake.invalid')}
                <List size="sm" mt="xs">
                  {invalid.map((text) => (
                    <List.Item key={text}>{text}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Group>
              <Button
                type="submit"
                size="md"
                color="indigo.8"
                loading={form.formState.isSubmitting}
              >
                {t('intake.submit')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}
