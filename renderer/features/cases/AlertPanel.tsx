import { Alert, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Case, LocalizedText, TechnicalAlert } from '../../../shared/model';
import { localizedResolver } from '../../app/form-resolver';
import {
  ALERT_FORM_FIELDS,
  AlertContentFields,
  alertFormSchema,
  alertFormValues,
  toAlertContent,
  type AlertFormValues,
} from '../intake';
import { draftAlertCommand } from '../../../shared/workflow/technical-alert';
import type { caseAlertMessages } from './alert-messages';
import { EngineButton } from './EngineButton';
import type { CaseDetail } from './use-case-detail';

const LANGS = ['ja', 'en'] as const;

/** One bilingual text, each language labelled; an unwritten side says so. */
function Bilingual({ text }: { text: LocalizedText }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
      {LANGS.map((lang) => (
        <Stack key={lang} gap={0}>
          <Text size="xs" c="dark.4">
            {t(`caseAlert.lang.${lang}`)}
          </Text>
          {text[lang].trim() === '' ? (
            <Text size="sm">{t('caseAlert.empty')}</Text>
          ) : (
            <Text size="sm" lang={lang} style={{ whiteSpace: 'pre-wrap' }}>
              {text[lang]}
            </Text>
          )}
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** A list of bilingual items, "日本語 / English" per line. */
function BilingualList({ items, label }: { items: readonly LocalizedText[]; label: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text size="sm">{t('caseAlert.empty')}</Text>;
  return (
    <List size="sm" aria-label={label}>
      {items.map((item, i) => (
        <List.Item key={i}>
          {[item.ja, item.en].filter((s) => s.trim() !== '').join(' / ')}
        </List.Item>
      ))}
    </List>
  );
}

function AlertView({ alert }: { alert: TechnicalAlert }) {
  const { t } = useTranslation();
  const { content } = alert;
  const heading = (key: keyof (typeof caseAlertMessages)['en']['fields']) => (
    <Text fw={600} size="sm" mt="xs">
      {t(`caseAlert.fields.${key}`)}
    </Text>
  );
  return (
    <Stack gap={2} data-testid="alert-content">
      {heading('vulnerabilityClass')}
      <Bilingual text={content.vulnerabilityClass} />
      {heading('cwes')}
      <Text size="sm" ff="monospace">
        {content.cwes.length === 0 ? t('caseAlert.empty') : content.cwes.join(', ')}
      </Text>
      {heading('summary')}
      <Bilingual text={content.summary} />
      {heading('productFamilies')}
      <BilingualList
        items={content.productFamilies.map((f) => f.name)}
        label={t('caseAlert.fields.productFamilies')}
      />
      {heading('mitigations')}
      <BilingualList items={content.mitigations} label={t('caseAlert.fields.mitigations')} />
    </Stack>
  );
}

/** Editing redrafts the alert (`technical-alert.drafted`): the engine allows it while the
 *  alert is not in review or published, and sends an approved alert back to drafting. */
function AlertEditor(props: {
  kase: Case;
  alert: TechnicalAlert;
  detail: CaseDetail;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { kase, alert, detail, onDone } = props;
  const form = useForm<AlertFormValues>({
    resolver: localizedResolver(alertFormSchema, ALERT_FORM_FIELDS),
    defaultValues: alertFormValues(kase, alert.content),
  });
  const [failure, setFailure] = useState<string | null>(null);
  const save = form.handleSubmit(
    async (values) => {
      const planned = detail.plan([draftAlertCommand(toAlertContent(values, alert.content))]);
      const error = await detail.commit(planned);
      if (error === null) onDone();
      else setFailure(t('cases.actions.failed', { message: error }));
    },
    () => setFailure(t('caseAlert.invalid')),
  );
  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-label={t('caseAlert.editTitle')}>
      <Stack gap="sm">
        <AlertContentFields form={form} idPrefix="case-alert" />
        {failure !== null && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" color="indigo.8" loading={form.formState.isSubmitting}>
            {t('caseAlert.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('caseAlert.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The technical alert's content on its case screen, and its editor. */
export function AlertPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const kase = detail.projection.case;
  const alert = kase?.technicalAlert ?? null;
  if (kase === null || alert === null) return null;
  // Whether a redraft is allowed now: the same content, asked of the engine.
  const canEdit = detail.plan([draftAlertCommand(alert.content)]);
  return (
    <Card withBorder component="section" aria-labelledby="alert-title">
      <Title order={3} size="h4" id="alert-title" mb="xs">
        {t('caseAlert.title')}
      </Title>
      {editing ? (
        <AlertEditor kase={kase} alert={alert} detail={detail} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="xs">
          <AlertView alert={alert} />
          <Group>
            <EngineButton
              planned={canEdit}
              onRun={() => {
                setEditing(true);
                return Promise.resolve(null);
              }}
              size="xs"
            >
              {t('caseAlert.edit')}
            </EngineButton>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
