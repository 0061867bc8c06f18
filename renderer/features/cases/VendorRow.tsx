import { Badge, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { memo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/model';
import type { InvolvementView } from '../../../shared/workflow/projection';
import type { VendorStatus } from '../../../shared/workflow/vendor-status';
import { dayInZone, formatInstant, startOfDayInZone } from '../../app/ui/format-date';
import { EngineButton } from './EngineButton';
import { InvolvementEditor } from './InvolvementEditor';
import type { CaseDetail } from './use-case-detail';

const CHANNELS = ['email', 'postal', 'web-form', 'phone', 'other'] as const;
type Channel = (typeof CHANNELS)[number];

/** The instant recorded for "on this day": now if it is today, else noon of that day in
 *  Japan time (the day is what the analyst states; the hour is not known). */
export const instantForDay = (day: string, now: string): string =>
  day === dayInZone(now)
    ? now
    : new Date(Date.parse(startOfDayInZone(day)) + 12 * 3_600_000).toISOString();

type T = ReturnType<typeof useTranslation>['t'];

/** The derived status as one sentence ("Contacted, no reply for 3 business days"). */
export const vendorStatusText = (s: VendorStatus, t: T): string => {
  if (s.kind === 'no-reply') return t('vendorMatrix.status.no-reply', { count: s.businessDays });
  if (s.kind === 'not-affected' && s.justifications.length > 0) {
    const why = s.justifications.map((j) => t(`vendorMatrix.vex.${j}`)).join(', ');
    return t('vendorMatrix.status.notAffectedWhy', { why });
  }
  return t(`vendorMatrix.status.${s.kind}`);
};

type Props = {
  inv: InvolvementView;
  contact: Contact | undefined;
  detail: CaseDetail;
  status: VendorStatus;
  contactNext: boolean;
  /** The virtualiser measures each row (rows differ in height). */
  rowRef?: Ref<HTMLTableRowElement>;
  index?: number;
};

/** Memoised: while the matrix scrolls, only rows coming into view render. */
export const VendorRow = memo(function VendorRow({
  inv,
  contact,
  detail,
  status,
  contactNext,
  rowRef,
  index,
}: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const now = new Date().toISOString();
  const [day, setDay] = useState(() => dayInZone(now));
  const [channel, setChannel] = useState<Channel>('email');
  const name = contact === undefined ? inv.contactId : contact.name[lang] || contact.name.en;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(day) ? instantForDay(day, now) : now;
  const attempt = detail.planAt(
    { type: 'vendor.contact-attempted', payload: { involvementId: inv.id, channel } },
    at,
  );
  const reply = detail.planAt(
    { type: 'vendor.replied', payload: { involvementId: inv.id, messageId: null } },
    at,
  );
  const unreachable = detail.planAt(
    {
      type: 'vendor.unreachable',
      payload: { involvementId: inv.id, reason: t('cases.vendors.defaultUnreachable') },
    },
    at,
  );
  const statement = inv.statement[lang] || inv.statement.en || inv.statement.ja;
  return (
    <Table.Tr
      ref={rowRef}
      data-index={index}
      // Rows outside the view are not in the DOM: each row says where it sits (the header is 1).
      aria-rowindex={index === undefined ? undefined : index + 2}
      data-testid="vendor-row"
    >
      <Table.Th scope="row">
        {name}
        {contactNext && (
          <Badge ml={6} size="xs" variant="filled" color="indigo.8">
            {t('vendorMatrix.contactNext')}
          </Badge>
        )}
      </Table.Th>
      <Table.Td>{t(`cases.role.${inv.role}`)}</Table.Td>
      <Table.Td>
        <Badge
          variant="outline"
          color="dark.6"
          c="dark.9"
          radius="sm"
          tt="none"
          data-testid="vendor-status"
          styles={{ root: { height: 'auto', whiteSpace: 'normal' } }}
        >
          {vendorStatusText(status, t)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {inv.firstContactAttempt === null ? '—' : formatInstant(inv.firstContactAttempt)}
      </Table.Td>
      <Table.Td>{inv.lastReply === null ? '—' : formatInstant(inv.lastReply)}</Table.Td>
      <Table.Td>
        {statement === '' ? t('cases.vendors.statementNone') : statement}
        {inv.statement.approved && ` (${t('cases.vendors.statementApproved')})`}
      </Table.Td>
      <Table.Td>
        {inv.products.length === 0
          ? '—'
          : inv.products.map((p) => (
              <Text key={`${p.product}-${p.versions}`} size="xs">
                {t('cases.vendors.product', {
                  product: p.product,
                  versions: p.versions,
                  status: t(`cases.productStatus.${p.status}`),
                })}
              </Text>
            ))}
      </Table.Td>
      <Table.Td>
        <Group
          gap={6}
          align="start"
          role="group"
          aria-label={t('cases.vendors.actionsFor', { vendor: name })}
        >
          <TextInput
            type="date"
            size="xs"
            label={t('cases.vendors.attemptOn', { vendor: name })}
            value={day}
            max={dayInZone(now)}
            onChange={(e) => setDay(e.currentTarget.value)}
          />
          <NativeSelect
            size="xs"
            label={t('cases.vendors.channel')}
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value as Channel)}
            data={CHANNELS.map((c) => ({ value: c, label: t(`cases.channel.${c}`) }))}
          />
          <Group gap={4} align="start" pt={22}>
            <EngineButton size="xs" planned={attempt} onRun={(p) => detail.commit(p)}>
              {t('cases.vendors.recordAttempt')}
            </EngineButton>
            <EngineButton size="xs" planned={reply} onRun={(p) => detail.commit(p)}>
              {t('cases.vendors.recordReply')}
            </EngineButton>
            <EngineButton size="xs" planned={unreachable} onRun={(p) => detail.commit(p)}>
              {t('cases.vendors.markUnreachable')}
            </EngineButton>
            <InvolvementEditor inv={inv} vendor={name} detail={detail} />
          </Group>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});
