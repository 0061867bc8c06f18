import { Card, Checkbox, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { Tlp } from '../../../shared/model';
import {
  profileChangeCommands,
  TLP_LEVELS,
  tlpChangeCommands,
  tlpDirection,
} from '../../../shared/workflow/policy-commands';
import { POLICY_PROFILES } from '../../../shared/workflow/policy-profiles';
import { EngineButton } from './EngineButton';
import { planPolicy, required } from './policy-plan';
import type { CaseDetail } from './use-case-detail';

/** Changing the case's TLP (lowering it needs a confirmation) and its policy profile. */
export function TlpProfileForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const kase = detail.projection.case;
  const [tlp, setTlp] = useState<Tlp>(kase?.tlp ?? 'AMBER');
  const [tlpReason, setTlpReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [profile, setProfile] = useState(kase?.policyProfile ?? '');
  const [profileReason, setProfileReason] = useState('');
  if (kase === null) return null;
  const direction = tlpDirection(kase.tlp, tlp);
  const tlpPlan =
    tlpReason.trim() === '' || (direction === 'down' && !confirmed)
      ? required
      : planPolicy(detail, tlpChangeCommands(kase, tlp, tlpReason));
  const profilePlan =
    profileReason.trim() === ''
      ? required
      : planPolicy(detail, profileChangeCommands(kase, profile, profileReason));
  const run = async (p: Parameters<typeof detail.commit>[0]) => {
    const failure = await detail.commit(p);
    if (failure === null) setConfirmed(false);
    return failure;
  };
  return (
    <Card withBorder component="section" aria-labelledby="tlp-profile-title">
      <Title order={3} size="h4" id="tlp-profile-title" mb="xs">
        {t('casePolicy.tlp.title')}
      </Title>
      <Stack gap="xs">
        <NativeSelect
          label={t('casePolicy.tlp.level', { current: kase.tlp })}
          value={tlp}
          data={TLP_LEVELS.map((l) => ({ value: l, label: `TLP:${l}` }))}
          onChange={(e) => {
            setTlp(e.currentTarget.value as Tlp);
            setConfirmed(false);
          }}
        />
        {direction !== 'same' && (
          <Text size="sm">{t(`casePolicy.tlp.${direction}`, { from: kase.tlp, to: tlp })}</Text>
        )}
        <TextInput
          label={t('casePolicy.tlp.reason')}
          value={tlpReason}
          onChange={(e) => setTlpReason(e.currentTarget.value)}
        />
        {direction === 'down' && (
          <Checkbox
            label={t('casePolicy.tlp.confirm', { from: kase.tlp, to: tlp })}
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
          />
        )}
        <EngineButton planned={tlpPlan} onRun={run}>
          {t('casePolicy.tlp.run')}
        </EngineButton>
        <NativeSelect
          mt="sm"
          label={t('casePolicy.profile.label')}
          value={profile}
          data={POLICY_PROFILES.map((p) => ({ value: p.id, label: p.name[lang] }))}
          onChange={(e) => setProfile(e.currentTarget.value)}
        />
        <TextInput
          label={t('casePolicy.profile.reason')}
          value={profileReason}
          onChange={(e) => setProfileReason(e.currentTarget.value)}
        />
        <EngineButton planned={profilePlan} onRun={run}>
          {t('casePolicy.profile.run')}
        </EngineButton>
      </Stack>
    </Card>
  );
}
