import { Alert, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model';
import type { FinderLetterCheck } from '../../../shared/workflow/finder-letter-guard';
import type { RenderedLetter } from '../../../shared/workflow/letters';
import { EngineButton } from './EngineButton';
import type { CaseDetail } from './use-case-detail';

type Props = {
  detail: CaseDetail;
  /** The letter in a language, from the case (finder-step-letters.ts). */
  letterIn: (language: Language) => RenderedLetter;
  /** The guard over the text as edited (finder-letter-guard.ts). */
  check: (letter: RenderedLetter) => FinderLetterCheck;
  testId: string;
};

/** A letter to the finder: drafted from the case, editable, checked, recorded as a note. */
export function FinderLetterBox({ detail, letterIn, check, testId }: Props) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'ja');
  const drafted = letterIn(language);
  const draftedText = `${drafted.subject}\n\n${drafted.body}`;
  const [text, setText] = useState(draftedText);
  const [recorded, setRecorded] = useState(false);
  useEffect(() => setText(draftedText), [draftedText]);
  const result = check({ subject: '', body: text });
  const planned = detail.plan([{ type: 'note.added', payload: { text, internal: true } }]);
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
          setRecorded(false);
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
      <EngineButton
        planned={
          result.ok ? planned : { ok: false, error: { code: 'nothing-changed', message: '' } }
        }
        showReason={result.ok}
        onRun={async (p) => {
          const failure = await detail.commit(p);
          setRecorded(failure === null);
          return failure;
        }}
      >
        {t('caseFinder.letter.record')}
      </EngineButton>
      {recorded && (
        <Text size="sm" role="status">
          {t('caseFinder.letter.recorded')}
        </Text>
      )}
    </Stack>
  );
}
