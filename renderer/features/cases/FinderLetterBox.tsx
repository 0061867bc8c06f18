import { Alert, Button, Checkbox, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LetterKind } from '../../../shared/model';
import type { FinderLetterCheck } from '../../../shared/workflow/finder-letter-guard';
import { splitLetter, type RenderedLetter } from '../../../shared/workflow/letters';
import { useOperations } from '../../app/operations';
import { useStore } from '../../store/hooks';
import { OrgKeyUnlock, useOrgKey } from '../keys';
import { finderKeyOf, messageOperations, sendErrorText } from '../messages';
import type { CaseDetail } from './use-case-detail';

type Props = {
  detail: CaseDetail;
  /** The letter in a language, from the case (finder-step-letters.ts). */
  letterIn: (language: Language) => RenderedLetter;
  /** The guard over the text as edited (finder-letter-guard.ts). */
  check: (letter: RenderedLetter) => FinderLetterCheck;
  testId: string;
  /** What the letter is recorded as (the reply to the report acknowledges it). */
  purpose?: LetterKind;
};

/**
 * A letter to the finder: drafted from the case, editable, checked, then sealed to the
 * finder's key and saved as vendor letters are, or saved as a plaintext letter file when
 * the finder gave no key (the messages feature's `sendFinderLetter` asks the guard again).
 */
export function FinderLetterBox({ detail, letterIn, check, testId, purpose = 'other' }: Props) {
  const { t, i18n } = useTranslation();
  const ops = useOperations(messageOperations);
  const store = useStore();
  const own = useOrgKey();
  const caseId = detail.projection.case?.id ?? '';
  const finderKey = finderKeyOf(store, caseId);
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'ja');
  const drafted = letterIn(language);
  const draftedText = `${drafted.subject}\n\n${drafted.body}`;
  const [text, setText] = useState(draftedText);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [warned, setWarned] = useState(false);
  const [acceptWarnings, setAcceptWarnings] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => setText(draftedText), [draftedText]);
  const result = check({ subject: '', body: text });
  const send = async () => {
    setBusy(true);
    const sent = await ops.sendFinderLetter({
      caseId,
      ...splitLetter(text),
      language,
      purpose,
      signingKey: own.key,
      acceptKeyWarnings: acceptWarnings,
    });
    setBusy(false);
    if (!sent.ok) setWarned(sent.error.code === 'key-health.warned');
    setStatus(
      sent.ok
        ? { ok: true, text: t('caseFinder.letter.saved', { files: sent.value.join(', ') }) }
        : {
            ok: false,
            text: t('caseFinder.letter.failed', { message: sendErrorText(t, sent.error) }),
          },
    );
  };
  const needsOrgKey = finderKey !== null && (own.record === null || own.key === null);
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t('caseFinder.letter.language')}
        value={language}
        onChange={(v) => setLanguage(v === 'en' ? 'en' : 'ja')}
        data={[
          { value: 'ja', label: '日本語' },
          { value: 'en', label: 'English' },
        ]}
      />
      <Textarea
        label={t('caseFinder.letter.label')}
        autosize
        minRows={6}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setStatus(null);
        }}
        data-testid={testId}
      />
      {!result.ok && (
        <Alert color="red" role="alert">
          {t('caseFinder.letter.refused', {
            text: result.error.hits.map((h) => h.text).join(', '),
          })}
        </Alert>
      )}
      <Text size="sm" c="gray.7">
        {finderKey === null
          ? t('caseFinder.letter.exportHint')
          : t('caseFinder.letter.sealHint', { fingerprint: finderKey.fingerprint })}
      </Text>
      {needsOrgKey ? (
        <OrgKeyUnlock record={own.record} />
      ) : (
        <>
          {warned && (
            <Checkbox
              label={t('caseFinder.letter.acceptWarnings')}
              checked={acceptWarnings}
              onChange={(e) => setAcceptWarnings(e.currentTarget.checked)}
            />
          )}
          <Button
            variant="light"
            color="indigo.8"
            disabled={!result.ok}
            loading={busy}
            onClick={() => void send()}
            style={{ alignSelf: 'flex-start' }}
          >
            {finderKey === null ? t('caseFinder.letter.export') : t('caseFinder.letter.seal')}
          </Button>
        </>
      )}
      {status !== null && (
        <Text size="sm" role={status.ok ? 'status' : 'alert'} c={status.ok ? 'dark.7' : 'red.9'}>
          {status.text}
        </Text>
      )}
    </Stack>
  );
}
