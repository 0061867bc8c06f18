import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf } from '../../../shared/model';
import { VENDOR_ROLES } from '../../../shared/workflow/projection';
import { publicationMoment } from '../../../shared/workflow/publication-moment';
import { useLang } from '../../i18n';
import { CommitOrCancel } from './DialogAction';
import type { MessageRecord } from '../../../shared/model';
import { extensionDraftFromReply, type ExtensionRequestDraft } from './extension-form';
import { MomentInputs } from './MomentInputs';
import { planPolicy, required } from './policy-plan';
import type { CaseDetail } from './use-case-detail';
import { useOwnZone } from './use-own-zone';

type Props = {
  detail: CaseDetail;
  initial: ExtensionRequestDraft;
  /** The reply it is drafted from, said above the form. */
  fromSubject?: string;
  onDone: () => void;
};

/** A vendor's request for a later publication: who asks, the instant asked for and why.
 *  The engine refuses an instant not after the agreed one, and a request with no embargo. */
export function ExtensionRequestForm({ detail, initial, fromSubject, onDone }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const ownZone = useOwnZone();
  const [draft, setDraft] = useState(initial);
  const vendors = detail.projection.involvements.filter((i) => VENDOR_ROLES.includes(i.role));
  const moment = publicationMoment(draft.moment);
  const reason = draft.reason.trim();
  const planned =
    draft.involvementId === '' || reason === '' || !moment.ok
      ? required
      : planPolicy(detail, [
          {
            type: 'embargo.extension-requested',
            payload: {
              involvementId: draft.involvementId,
              date: moment.value.instant,
              zone: moment.value.zone,
              reason,
              messageId: draft.messageId,
            },
          },
        ]);
  const momentError =
    !moment.ok && draft.moment.day !== ''
      ? t(`cases.embargoPanel.errors.${moment.error.code}`)
      : null;
  const vendorName = (contactId: string) => {
    const contact = detail.contacts.get(contactId);
    return contact === undefined ? contactId : nameOf(contact, lang);
  };
  return (
    <Stack gap="xs" role="group" aria-label={t('caseExtensions.request.title')}>
      {fromSubject !== undefined && (
        <Text size="sm" c="dark.4">
          {t('caseExtensions.request.fromMessage', { subject: fromSubject })}
        </Text>
      )}
      <NativeSelect
        size="sm"
        label={t('caseExtensions.request.vendor')}
        value={draft.involvementId}
        onChange={(e) =>
          setDraft({ ...draft, involvementId: e.currentTarget.value as typeof draft.involvementId })
        }
        data={[
          { value: '', label: t('caseExtensions.request.chooseVendor') },
          ...vendors.map((i) => ({ value: i.id, label: vendorName(i.contactId) })),
        ]}
      />
      <Group align="end" gap="xs">
        <MomentInputs
          value={draft.moment}
          ownZone={ownZone}
          onChange={(m) => setDraft({ ...draft, moment: m })}
          error={momentError}
        />
      </Group>
      <Textarea
        label={t('caseExtensions.request.reason')}
        autosize
        minRows={2}
        maxRows={8}
        value={draft.reason}
        onChange={(e) => setDraft({ ...draft, reason: e.currentTarget.value })}
      />
      <CommitOrCancel
        detail={detail}
        planned={planned}
        save={t('caseExtensions.request.record')}
        cancel={t('caseExtensions.request.cancel')}
        onDone={onDone}
      />
    </Stack>
  );
}

/** "Record as extension request" under an open reply: the form, filled from the reply. */
export function ExtensionFromReply({
  detail,
  message,
}: {
  detail: CaseDetail;
  message: MessageRecord;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Group>
        <Button size="xs" variant="light" c="dark.9" onClick={() => setOpen(true)}>
          {t('caseExtensions.request.fromReply')}
        </Button>
      </Group>
    );
  }
  return (
    <ExtensionRequestForm
      detail={detail}
      initial={extensionDraftFromReply(message, detail.projection.involvements)}
      fromSubject={message.subject}
      onDone={() => setOpen(false)}
    />
  );
}
