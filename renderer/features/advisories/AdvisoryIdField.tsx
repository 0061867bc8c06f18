import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  advisoryPrefixOf,
  changeAdvisoryPrefix,
  type AdvisoryIdChoice,
  type AdvisoryPrefix,
} from '../../../shared/advisory';
import { useLang } from '../../i18n';
import { alertStyles, BUTTON, inputStyles } from './a11y-styles';
import { sourceSection } from '../../app/ui/policy-source';

type Props = {
  advisoryId: string;
  /** What the profile's numbering rules give this case (null: the profile has none). */
  choice: AdvisoryIdChoice | null;
  /** The case is published: the ID is cited and can no longer change. */
  published: boolean;
  /** Records the new ID with the reason (saved with the draft). An error message or null. */
  onChange: (advisoryId: string, reason: string) => Promise<string | null>;
};

const PREFIXES: AdvisoryPrefix[] = ['JVN', 'JVNVU', 'JVNTA'];

/** The advisory ID: chosen by the profile's rules, shown with why, changed only with a reason. */
export function AdvisoryIdField({ advisoryId, choice, published, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const current = advisoryPrefixOf(advisoryId);
  const [prefix, setPrefix] = useState<AdvisoryPrefix>(choice?.prefix ?? current ?? 'JVN');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const change = async () => {
    const r = changeAdvisoryPrefix(advisoryId, prefix, reason, published);
    if (!r.ok) return setError(r.error.text[lang]);
    const err = await onChange(r.value, reason.trim());
    setError(err);
    if (err === null) setReason('');
  };
  return (
    <Stack gap="xs" data-testid="advisory-id">
      <TextInput
        styles={inputStyles}
        label={t('advisories.editor.advisoryId')}
        value={advisoryId}
        readOnly
      />
      {choice ? (
        <Text size="sm" data-testid="advisory-id-rule">
          {t('advisories.id.rule', {
            prefix: `${choice.prefix}#`,
            rule: choice.rule.title[lang],
            because: choice.because[lang],
          })}
          <Text span size="xs" c="gray.7" display="block">
            {`${sourceSection(choice.rule.source, lang)}: “${choice.rule.source.sentence}”`}
          </Text>
        </Text>
      ) : null}
      {choice && current !== null && current !== choice.prefix ? (
        <Alert styles={alertStyles} color="orange" role="note">
          {t('advisories.id.differs', { id: advisoryId, prefix: `${choice.prefix}#` })}
        </Alert>
      ) : null}
      {published ? (
        <Text size="sm" c="gray.7">
          {t('advisories.id.published')}
        </Text>
      ) : (
        <Group align="flex-end">
          <NativeSelect
            styles={inputStyles}
            label={t('advisories.id.prefix')}
            value={prefix}
            data={PREFIXES.map((p) => ({ value: p, label: `${p}#` }))}
            onChange={(e) => setPrefix(e.currentTarget.value as AdvisoryPrefix)}
          />
          <TextInput
            styles={inputStyles}
            label={t('advisories.id.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Button color={BUTTON} variant="outline" onClick={() => void change()}>
            {t('advisories.id.change')}
          </Button>
        </Group>
      )}
      {error ? (
        <Alert styles={alertStyles} color="red" role="alert">
          {error}
        </Alert>
      ) : null}
    </Stack>
  );
}
