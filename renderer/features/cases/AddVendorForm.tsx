import { Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { newInvolvementId, type InvolvementRole, nameOf } from '../../../shared/model';
import { EngineButton } from './EngineButton';
import type { CaseDetail } from './use-case-detail';

const ROLES: readonly InvolvementRole[] = [
  'developer',
  'upstream-developer',
  'site-operator',
  'coordinator',
  'partner',
];
const ROLE_OF_KIND: Record<string, InvolvementRole> = {
  developer: 'developer',
  'site-operator': 'site-operator',
  coordinator: 'coordinator',
  partner: 'partner',
};

/** Adds an organisation from the contacts registry to the case (one involvement each). */
export function AddVendorForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const involved = new Set(detail.projection.involvements.map((i) => i.contactId as string));
  const candidates = [...detail.contacts.values()]
    .filter((c) => c.kind !== 'finder' && !involved.has(c.id))
    .sort((a, b) => nameOf(a, lang).localeCompare(nameOf(b, lang)));
  const [contactId, setContactId] = useState('');
  const [role, setRole] = useState<InvolvementRole | ''>('');
  const chosen = candidates.find((c) => c.id === contactId) ?? candidates[0];
  const effectiveRole: InvolvementRole =
    role === '' ? (ROLE_OF_KIND[chosen?.kind ?? ''] ?? 'developer') : role;
  const planned =
    chosen === undefined
      ? ({ ok: false, error: { code: 'unknown-involvement', message: 'No contact' } } as const)
      : detail.plan([
          {
            type: 'involvement.added',
            payload: {
              involvementId: newInvolvementId(),
              contactId: chosen.id,
              role: effectiveRole,
            },
          },
        ]);
  return (
    <Group align="end" gap="xs">
      <NativeSelect
        label={t('cases.vendors.contact')}
        value={chosen?.id ?? ''}
        onChange={(e) => {
          setContactId(e.currentTarget.value);
          setRole('');
        }}
        data={
          candidates.length === 0
            ? [{ value: '', label: t('cases.vendors.noContacts') }]
            : candidates.map((c) => ({ value: c.id, label: nameOf(c, lang) }))
        }
        w={280}
      />
      <NativeSelect
        label={t('cases.vendors.role')}
        value={effectiveRole}
        onChange={(e) => setRole(e.currentTarget.value as InvolvementRole)}
        data={ROLES.map((r) => ({ value: r, label: t(`cases.role.${r}`) }))}
        w={200}
      />
      <EngineButton
        planned={planned}
        variant="filled"
        onRun={async (p) => {
          const error = await detail.commit(p);
          if (error === null) setContactId('');
          return error;
        }}
      >
        {t('cases.vendors.add')}
      </EngineButton>
    </Group>
  );
}
