import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';
import { BilingualField } from './BilingualField';
import { optional, without, type Lang } from './draft-edit';
import { inputStyles } from './a11y-styles';

type Props = {
  draft: AdvisoryDraft;
  readOnly: boolean;
  missing: (path: string) => Lang[];
  onChange: (next: AdvisoryDraft) => void;
};

/** The publisher block (prefilled from Settings → organisation): name, CSAF namespace, CNA. */
export function PublisherFields({ draft, readOnly, missing, onChange }: Props) {
  const { t } = useTranslation();
  const p = draft.publisher;
  const withoutOrg = without(p, 'cveOrgId');
  return (
    <Stack gap="xs">
      <BilingualField
        label={t('advisories.publisher.name')}
        value={p.name}
        readOnly={readOnly}
        missing={missing('publisher.name')}
        onChange={(lang, v) =>
          onChange({ ...draft, publisher: { ...p, name: { ...p.name, [lang]: v } } })
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          styles={inputStyles}
          label={t('advisories.publisher.namespace')}
          value={p.namespace}
          readOnly={readOnly}
          onChange={(e) =>
            onChange({ ...draft, publisher: { ...p, namespace: e.currentTarget.value.trim() } })
          }
        />
        <TextInput
          styles={inputStyles}
          label={t('advisories.publisher.cveOrgId')}
          description={t('advisories.publisher.cveOrgIdHint')}
          value={p.cveOrgId ?? ''}
          readOnly={readOnly}
          onChange={(e) =>
            onChange({
              ...draft,
              publisher: { ...withoutOrg, ...optional('cveOrgId', e.currentTarget.value) },
            })
          }
        />
      </SimpleGrid>
    </Stack>
  );
}
