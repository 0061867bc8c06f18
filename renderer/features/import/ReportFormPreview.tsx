import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OpenedReply } from '../../../shared/exchange/message';
import { formatFingerprint } from '../../../shared/crypto/pgp';
import type { ReportFormDocument } from '../../../shared/exchange/report-form/document';
import {
  reportFormForIntake,
  reportFormSigner,
  type ReportFormSigner,
} from '../../../shared/workflow/report-form-intake';
import { useLang } from '../../i18n';
import { useTable } from '../keys';
import { SignatureBadge, summariseSignatures } from '../messages';
import { reportFormState } from '../intake';

/** A finder's report form among the opened files: who and what, and "Open in intake", which
 *  carries the document to the intake screen. Nothing is stored here. */
export function ReportFormPreview({
  name,
  reply,
  doc,
  index,
}: {
  name: string;
  reply: OpenedReply;
  doc: ReportFormDocument;
  index: number;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const keys = useTable('keys');
  const contacts = useTable('contacts');
  const summary = summariseSignatures(reply.signatures, keys, contacts, lang);
  const signer = reportFormSigner(doc, reply.signatures);
  const titleId = `report-form-${index}`;
  const product = [doc.product.name, doc.product.version].filter((s) => s !== '').join(' ');
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={4} id={titleId}>
          {t('import.reportForm.title', { name })}
        </Title>
        <Group gap="xs">
          <SignatureBadge summary={summary} />
          <Text size="sm">{t('import.messages.encrypted')}</Text>
        </Group>
        <List size="sm">
          <List.Item>{t('import.reportForm.subject', { title: doc.title })}</List.Item>
          <List.Item>
            {t('import.reportForm.finder', {
              name: doc.reporter.name,
              contact: doc.reporter.contact,
            })}
          </List.Item>
          <List.Item>{t('import.reportForm.product', { product })}</List.Item>
        </List>
        <SignerText signer={signer} />
        <Text size="sm">{t('import.reportForm.nothingStored')}</Text>
        <Group>
          <Button
            onClick={() =>
              void navigate('/intake', {
                state: reportFormState(reportFormForIntake(doc, signer), name),
              })
            }
          >
            {t('import.reportForm.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** What the signature says of the finder's key the form names (shared/workflow's rule). */
function SignerText({ signer }: { signer: ReportFormSigner }) {
  const { t } = useTranslation();
  switch (signer.kind) {
    case 'unsigned':
      return <Text size="sm">{t('import.reportForm.signer.unsigned')}</Text>;
    case 'named-key':
      return (
        <Text size="sm">
          {t('import.reportForm.signer.namedKey', {
            fingerprint: formatFingerprint(signer.fingerprint),
          })}
        </Text>
      );
    case 'other-key':
      return (
        <Alert color="red">
          {t('import.reportForm.signer.otherKey', {
            signer: formatFingerprint(signer.signer),
            named:
              signer.named === null
                ? t('import.reportForm.signer.none')
                : formatFingerprint(signer.named),
          })}
        </Alert>
      );
    case 'unverifiable':
      return <Text size="sm">{t('import.reportForm.signer.unverifiable')}</Text>;
  }
}
