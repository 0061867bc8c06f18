import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  List,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { proposeCases, signerOf } from '../../../shared/exchange/message';
import type { OpenedReply } from '../../../shared/exchange/message';
import { ownCopyOf } from '../../../shared/exchange/message/own-copy';
import { storedCopyOf } from '../../../shared/exchange/message/stored-copy';
import { formatInstant } from '../../app/ui/format-date';
import { useOperations } from '../../app/operations';
import { useTable } from '../keys';
import { SignatureBadge, sendErrorText, summariseSignatures } from '../messages';
import { importOperations } from './operations';
import { caseMatchInfo, ownCopyContext, replySubject } from './reply-model';

/** One opened reply: what it says, who signed it, the proposed case; stored on confirmation. */
export function ReplyPreview({
  name,
  reply,
  index,
}: {
  name: string;
  reply: OpenedReply;
  index: number;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const ops = useOperations(importOperations);
  const cases = useTable('cases');
  const keys = useTable('keys');
  const contacts = useTable('contacts');
  const involvements = useTable('involvements');
  const messages = useTable('messages');
  // Our own letter coming back: the store refuses it by the same rule (`ownCopyOf`).
  const ownCopy = ownCopyOf(reply, ownCopyContext(keys, messages, cases));
  // Who signed it: the same rule the store path applies (`signerOf`).
  const signer = signerOf(reply, keys);
  const candidates = proposeCases(
    {
      subject: reply.subject,
      text: reply.text,
      signerFingerprints: signer.verified ? [signer.fingerprint] : [],
    },
    caseMatchInfo(cases, involvements, keys),
  );
  const [caseId, setCaseId] = useState<string | null>(candidates[0]?.caseId ?? null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [acceptUnverified, setAcceptUnverified] = useState(false);
  // The same reply taken in before: the store refuses it by the same rule (`storedCopyOf`).
  // Once stored from this preview, it says so instead.
  const storedCopy = status?.ok === true ? null : storedCopyOf(reply, messages);
  const storedIn = cases.find((c) => c.id === storedCopy?.caseId)?.ref ?? '';
  const blocked = ownCopy !== null || storedCopy !== null;
  const summary = summariseSignatures(reply.signatures, keys, contacts, lang);
  const best = candidates[0];
  const titleId = `reply-${index}`;
  const confirm = async () => {
    const kase = cases.find((c) => c.id === caseId);
    if (kase === undefined) return;
    setBusy(true);
    const r = await ops.storeReply({
      kase,
      name,
      reply,
      keys,
      acceptUnverified: !signer.verified && acceptUnverified,
    });
    setBusy(false);
    setStatus(
      r.ok
        ? { ok: true, text: t('import.messages.stored', { ref: kase.ref }) }
        : { ok: false, text: sendErrorText(t, r.error) },
    );
  };
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={4} id={titleId}>
          {name}
        </Title>
        <Group gap="xs">
          <SignatureBadge summary={summary} />
          <Text size="sm">
            {reply.encrypted ? t('import.messages.encrypted') : t('import.messages.notEncrypted')}
          </Text>
          <Text size="sm">{t(`import.shapes.${reply.shape}`)}</Text>
        </Group>
        <Text fw={600}>{replySubject(reply)}</Text>
        <ScrollArea.Autosize mah={240} type="auto">
          <Code block aria-label={t('import.messages.text')} tabIndex={0}>
            {reply.text}
          </Code>
        </ScrollArea.Autosize>
        {reply.attachments.length > 0 && (
          <List size="sm" aria-label={t('import.messages.attachments')}>
            {reply.attachments.map((a) => (
              <List.Item key={a.sha256 + a.name}>
                {t('import.messages.attachment', { name: a.name, size: a.size })}
              </List.Item>
            ))}
          </List>
        )}
        {blocked ? null : best === undefined ? (
          <Text size="sm">{t('import.messages.noMatch')}</Text>
        ) : (
          <Text size="sm">
            {t('import.messages.proposed', {
              ref: best.ref,
              reasons: best.reasons.map((r) => t(`import.reasons.${r}`)).join(', '),
            })}
          </Text>
        )}
        {ownCopy !== null && (
          <Alert color="red" title={t('import.ownCopy.title')} c="dark.9">
            {t(`import.ownCopy.${ownCopy.reason}`, { fingerprint: ownCopy.fingerprint ?? '' })}
          </Alert>
        )}
        {storedCopy !== null && (
          <Alert color="yellow" title={t('import.storedCopy.title')} c="dark.9">
            {t('import.storedCopy.text', {
              ref: storedIn,
              date: formatInstant(storedCopy.at, { zone: 'Asia/Tokyo', withTime: true }),
            })}
          </Alert>
        )}
        {!blocked && (
          <>
            <Group align="end">
              <Select
                label={t('import.messages.case')}
                value={caseId}
                onChange={setCaseId}
                searchable
                data={cases.map((c) => ({ value: c.id, label: `${c.ref} — ${c.title}` }))}
                disabled={status?.ok === true}
                miw={320}
              />
              {signer.verified ? (
                <Button
                  onClick={() => void confirm()}
                  disabled={caseId === null || status?.ok === true}
                  loading={busy}
                >
                  {t('import.messages.store')}
                </Button>
              ) : (
                <Button
                  color="orange.9"
                  onClick={() => void confirm()}
                  disabled={caseId === null || status?.ok === true || !acceptUnverified}
                  loading={busy}
                >
                  {t('import.unverified.store')}
                </Button>
              )}
            </Group>
            {!signer.verified && (
              <Alert color="yellow" title={t('import.unverified.title')} c="dark.9">
                <Stack gap="xs">
                  <Text size="sm">
                    {t('import.unverified.reason', {
                      reason: t(`import.unverified.reasons.${signer.reason}`),
                    })}
                  </Text>
                  <Checkbox
                    label={t('import.unverified.accept')}
                    checked={acceptUnverified}
                    disabled={status?.ok === true}
                    onChange={(e) => setAcceptUnverified(e.currentTarget.checked)}
                  />
                </Stack>
              </Alert>
            )}
          </>
        )}
        {status !== null && (
          <Alert color={status.ok ? 'green' : 'red'} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
