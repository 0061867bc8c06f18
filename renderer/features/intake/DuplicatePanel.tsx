import {
  Anchor,
  Badge,
  Card,
  Group,
  List,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate, DuplicateReason } from '../../../shared/workflow/duplicate-match';

/** The analyst's choice: link the new report to a case as its duplicate or as related. */
export type IntakeLink = { caseId: string; ref: string; relation: 'duplicate-of' | 'related' };

export type DuplicateKeysInput = { identifiers: string; cves: string; cwes: string };

type Props = {
  keys: DuplicateKeysInput;
  onKeysChange: (keys: DuplicateKeysInput) => void;
  candidates: readonly DuplicateCandidate[];
  link: IntakeLink | null;
  onLinkChange: (link: IntakeLink | null) => void;
};

const NONE = 'none';

function ReasonText({ reason }: { reason: DuplicateReason }) {
  const { t } = useTranslation();
  switch (reason.kind) {
    case 'product':
      return t('intakeDuplicates.reason.product', {
        identifier: reason.identifier,
        match: t(`intakeDuplicates.match.${reason.match}`),
      });
    case 'cve':
      return t('intakeDuplicates.reason.cve', { id: reason.id });
    case 'cwe':
      return t('intakeDuplicates.reason.cwe', { id: reason.id });
    case 'text':
      return t('intakeDuplicates.reason.text', { percent: Math.round(reason.similarity * 100) });
  }
}

/** The cases a new report may duplicate (issue 27 item 3), strongest first, and the link. */
export function DuplicatePanel({ keys, onKeysChange, candidates, link, onLinkChange }: Props) {
  const { t } = useTranslation();
  const value = link === null ? NONE : `${link.relation}|${link.caseId}`;
  const choose = (next: string) => {
    if (next === NONE) return onLinkChange(null);
    const [relation, caseId] = next.split('|') as [IntakeLink['relation'], string];
    const c = candidates.find((x) => x.caseId === caseId);
    onLinkChange(c === undefined ? null : { caseId, ref: c.ref, relation });
  };
  return (
    <Card withBorder component="section" aria-labelledby="intake-duplicates">
      <Stack gap="xs">
        <Title order={3} size="h4" id="intake-duplicates">
          {t('intakeDuplicates.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('intakeDuplicates.intro')}
        </Text>
        <TextInput
          label={t('intakeDuplicates.identifiers')}
          value={keys.identifiers}
          onChange={(e) => onKeysChange({ ...keys, identifiers: e.currentTarget.value })}
        />
        <Group grow>
          <TextInput
            label={t('intakeDuplicates.cves')}
            value={keys.cves}
            onChange={(e) => onKeysChange({ ...keys, cves: e.currentTarget.value })}
          />
          <TextInput
            label={t('intakeDuplicates.cwes')}
            value={keys.cwes}
            onChange={(e) => onKeysChange({ ...keys, cwes: e.currentTarget.value })}
          />
        </Group>
        {candidates.length === 0 ? (
          <Text size="sm">{t('intakeDuplicates.none')}</Text>
        ) : (
          <Radio.Group label={t('intakeDuplicates.link')} value={value} onChange={choose}>
            <Stack gap="xs" mt="xs">
              <Radio value={NONE} label={t('intakeDuplicates.noLink')} />
              {candidates.map((c) => (
                <Card key={c.caseId} withBorder padding="xs" data-testid="duplicate-candidate">
                  <Group gap="xs">
                    <Anchor component={Link} to={`/cases/${c.caseId}`} ff="monospace" c="indigo.9">
                      {c.ref}
                    </Anchor>
                    <Text size="sm">{c.title}</Text>
                    {c.closed && <Badge color="gray.7">{t('intakeDuplicates.closed')}</Badge>}
                    <Badge
                      color={c.suggested === 'duplicate' ? 'orange.9' : 'blue.9'}
                      variant="outline"
                    >
                      {t(`intakeDuplicates.offered.${c.suggested}`)}
                    </Badge>
                  </Group>
                  <List size="sm" my={4}>
                    {c.reasons.map((r) => (
                      <List.Item key={r.kind}>
                        <ReasonText reason={r} />
                      </List.Item>
                    ))}
                  </List>
                  <Group gap="md">
                    <Radio
                      value={`duplicate-of|${c.caseId}`}
                      label={t('intakeDuplicates.asDuplicate', { ref: c.ref })}
                    />
                    <Radio
                      value={`related|${c.caseId}`}
                      label={t('intakeDuplicates.asRelated', { ref: c.ref })}
                    />
                  </Group>
                </Card>
              ))}
            </Stack>
          </Radio.Group>
        )}
        {link?.relation === 'duplicate-of' && (
          <Text size="sm" role="note">
            {t('intakeDuplicates.duplicateNote')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
