import { Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvolvementView } from '../../../shared/workflow/projection';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { dayInZone, startOfDayInZone } from '../../app/ui/format-date';
import { EngineButton } from './EngineButton';
import { DisputeEditor } from './DisputeEditor';
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

type Props = {
  inv: InvolvementView;
  vendor: string;
  detail: CaseDetail;
  /** The element id the row's "Act on this vendor" toggle controls. */
  id: string;
  /** Escape inside the controls: close them (the row puts focus back on its toggle). */
  onClose: () => void;
};

/**
 * The action controls of the one vendor row being worked on: the day and channel of a
 * contact attempt, the three engine moves and the details editor. Only this row asks the
 * engine (three backdated folds of the timeline), once per case change, day or channel —
 * not every row on every scroll.
 */
export function VendorActions({ inv, vendor, detail, id, onClose }: Props) {
  const { t } = useTranslation();
  const today = dayInZone(new Date().toISOString());
  const [day, setDay] = useState(today);
  const [channel, setChannel] = useState<Channel>('email');
  const { planAt, commit } = detail;
  const commands = useMemo((): Record<'attempt' | 'reply' | 'unreachable', CaseCommand> => {
    const involvementId = inv.id;
    return {
      attempt: { type: 'vendor.contact-attempted', payload: { involvementId, channel } },
      reply: { type: 'vendor.replied', payload: { involvementId, messageId: null } },
      unreachable: {
        type: 'vendor.unreachable',
        payload: { involvementId, reason: t('cases.vendors.defaultUnreachable') },
      },
    };
  }, [inv.id, channel, t]);
  // The instant a move is recorded at: the moment itself for today, noon JST for an earlier
  // day. The plans below show which moves the engine allows (asked again when the case, the
  // day or the channel changes); a click plans afresh, so it records the click's own moment.
  const atFor = useCallback(
    (now: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? instantForDay(day, now) : now),
    [day],
  );
  const plans = useMemo(() => {
    const at = atFor(new Date().toISOString());
    return {
      attempt: planAt(commands.attempt, at),
      reply: planAt(commands.reply, at),
      unreachable: planAt(commands.unreachable, at),
    };
  }, [planAt, commands, atFor]);
  const run = (which: keyof typeof commands) => () =>
    commit(planAt(commands[which], atFor(new Date().toISOString())));
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Only keys pressed in these controls: the editor's dialog handles its own Escape.
    if (e.key !== 'Escape' || !e.currentTarget.contains(e.target as Node)) return;
    e.preventDefault();
    onClose();
  };
  return (
    <Stack
      id={id}
      gap={6}
      role="group"
      aria-label={t('cases.vendors.actionsFor', { vendor })}
      onKeyDown={onKeyDown}
      mt={6}
    >
      <Group gap={6} align="start">
        <TextInput
          type="date"
          w={140}
          size="xs"
          label={t('cases.vendors.attemptOn', { vendor })}
          value={day}
          max={today}
          onChange={(e) => setDay(e.currentTarget.value)}
        />
        <NativeSelect
          size="xs"
          label={t('cases.vendors.channel')}
          value={channel}
          onChange={(e) => setChannel(e.currentTarget.value as Channel)}
          w={100}
          data={CHANNELS.map((c) => ({ value: c, label: t(`cases.channel.${c}`) }))}
        />
      </Group>
      <Group gap={4} align="start">
        <EngineButton size="xs" planned={plans.attempt} onRun={run('attempt')}>
          {t('cases.vendors.recordAttempt')}
        </EngineButton>
        <EngineButton size="xs" planned={plans.reply} onRun={run('reply')}>
          {t('cases.vendors.recordReply')}
        </EngineButton>
        <EngineButton size="xs" planned={plans.unreachable} onRun={run('unreachable')}>
          {t('cases.vendors.markUnreachable')}
        </EngineButton>
        <InvolvementEditor inv={inv} vendor={vendor} detail={detail} />
        <DisputeEditor inv={inv} vendor={vendor} detail={detail} />
      </Group>
    </Stack>
  );
}
