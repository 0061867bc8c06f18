import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model';
import type { Decision, VerdictView } from './verdict-view';
import { sourceSection } from '../../app/ui/policy-source';
import { useLang } from '../../i18n';

type Props = {
  verdict: VerdictView;
  decision: Decision;
  onDecisionChange: (decision: Decision) => void;
  note: string;
  onNoteChange: (note: string) => void;
  letter: string;
  onLetterChange: (letter: string) => void;
  letterLanguage: Language;
  onLetterLanguageChange: (language: Language) => void;
  onRedraft: () => void;
};

const DECISIONS: readonly Decision[] = ['accept', 'decline', 'defer'];
const COLORS: Readonly<Record<Decision, string>> = {
  accept: 'teal.9',
  decline: 'red.9',
  defer: 'gray.8',
};

/** The engine's live verdict with its reasons, and the analyst's decision and letter. */
export function VerdictPanel(props: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { verdict } = props;
  return (
    <Stack>
      <Card withBorder component="section" aria-labelledby="intake-verdict" aria-live="polite">
        <Title order={3} size="h4" id="intake-verdict" mb="xs">
          {t('intake.verdict.title')}
        </Title>
        <Badge
          size="lg"
          color={COLORS[verdict.decision]}
          variant="outline"
          data-testid="intake-verdict"
        >
          {t(`intake.verdict.${verdict.decision}`)}
        </Badge>
        <Text fw={500} size="sm" mt="sm">
          {t('intake.verdict.reasons')}
        </Text>
        <List size="sm" spacing={4}>
          {verdict.reasons.map((reason) => (
            <List.Item key={reason.code}>
              {reason.text}
              <Text size="xs" c="gray.7">
                {t('intake.verdict.policy', {
                  document: reason.source.document,
                  section: sourceSection(reason.source, lang),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
        {verdict.openQuestions.length > 0 && (
          <>
            <Text fw={500} size="sm" mt="sm">
              {t('intake.verdict.openQuestions')}
            </Text>
            <List size="sm" spacing={2}>
              {verdict.openQuestions.map((item) => (
                <List.Item key={item}>{t(`intake.checklist.items.${item}`)}</List.Item>
              ))}
            </List>
          </>
        )}
        <Group gap="xs" mt="sm">
          <Text fw={500} size="sm">
            {t('intake.verdict.priority')}:
          </Text>
          <Badge
            color={verdict.priority.level === 'high' ? 'red.9' : 'gray.8'}
            variant="outline"
            data-testid="intake-priority"
          >
            {verdict.priority.level === 'high'
              ? t('intake.verdict.priorityHigh')
              : t('intake.verdict.priorityNormal')}
          </Badge>
        </Group>
        <List size="sm" spacing={2}>
          {verdict.priority.reasons.length === 0 ? (
            <List.Item>{t('intake.verdict.noPriorityReason')}</List.Item>
          ) : (
            verdict.priority.reasons.map((reason) => (
              <List.Item key={reason.code}>{reason.text}</List.Item>
            ))
          )}
        </List>
        {verdict.routing.length > 0 && (
          <>
            <Text fw={500} size="sm" mt="sm">
              {t('intake.verdict.routing')}
            </Text>
            <List size="sm">
              {verdict.routing.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </>
        )}
      </Card>
      <Radio.Group
        label={t('intake.decision.label')}
        value={props.decision}
        onChange={(value) => {
          const next = DECISIONS.find((d) => d === value);
          if (next !== undefined) props.onDecisionChange(next);
        }}
      >
        <Group mt="xs">
          {DECISIONS.map((d) => (
            <Radio key={d} value={d} label={t(`intake.decision.${d}`)} />
          ))}
        </Group>
      </Radio.Group>
      {props.decision !== verdict.decision && (
        <Alert color="yellow" role="status">
          {t('intake.decision.differs')}
        </Alert>
      )}
      <Textarea
        label={t('intake.decision.note')}
        autosize
        minRows={2}
        value={props.note}
        onChange={(event) => props.onNoteChange(event.currentTarget.value)}
      />
      <Group align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="intake-letter-language">
            {t('intake.decision.letterLanguage')}
          </Text>
          <SegmentedControl
            aria-labelledby="intake-letter-language"
            value={props.letterLanguage}
            data={[
              { value: 'ja', label: t('common.language.ja') },
              { value: 'en', label: t('common.language.en') },
            ]}
            onChange={(value) => props.onLetterLanguageChange(value === 'en' ? 'en' : 'ja')}
          />
        </Stack>
        <Button variant="default" onClick={props.onRedraft}>
          {t('intake.decision.regenerate')}
        </Button>
      </Group>
      <Textarea
        label={t('intake.decision.letter')}
        autosize
        minRows={8}
        value={props.letter}
        onChange={(event) => props.onLetterChange(event.currentTarget.value)}
      />
    </Stack>
  );
}
