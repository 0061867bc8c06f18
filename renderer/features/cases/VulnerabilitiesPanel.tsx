import {
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { localizedResolver } from '../../app/form-resolver';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { CaseId } from '../../../shared/model';
import { addVulnerabilityWithCve, useCveError, VulnerabilityCve, type CveStore } from '../cve';
import { useStore } from '../../store/hooks';
import type { CaseDetail } from './use-case-detail';
import {
  cweRefusal,
  emptyVulnerabilityForm,
  liveScore,
  toVulnerability,
  VULNERABILITY_FIELDS,
  vulnerabilityFormSchema,
  type VulnerabilityForm,
} from './vulnerability-form';

function ScoreText({ vector }: { vector: string }) {
  const { t } = useTranslation();
  const s = liveScore(vector);
  if (s === null) return <>{t('cases.vulns.noScore')}</>;
  if (s === 'invalid') return <>{t('cases.vulns.invalidVector')}</>;
  return <>{t('cases.vulns.score', { score: s.score.toFixed(1), severity: s.severity })}</>;
}

export function VulnerabilitiesPanel({ detail, caseId }: { detail: CaseDetail; caseId: CaseId }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useForm<VulnerabilityForm>({
    resolver: localizedResolver(vulnerabilityFormSchema, VULNERABILITY_FIELDS),
    defaultValues: emptyVulnerabilityForm(),
  });
  const store: CveStore = useStore();
  const describeCve = useCveError();
  const { errors, isSubmitting } = form.formState;
  const [v31, v40] = useWatch({ control: form.control, name: ['cvss31', 'cvss40'] });
  const submit = form.handleSubmit(async (values) => {
    for (const field of ['cvss31', 'cvss40'] as const) {
      if (liveScore(values[field]) === 'invalid') {
        form.setError(field, { message: t('cases.vulns.invalidVector') });
        return;
      }
    }
    const record = toVulnerability(caseId, values);
    if (values.cve !== '') {
      // A typed ID never bypasses the pool: added with the vulnerability, or neither.
      const typed = { cveId: values.cve, cna: values.cveCna };
      const r = await addVulnerabilityWithCve(store, record, typed, new Date().toISOString());
      if (r.ok) form.reset(emptyVulnerabilityForm());
      else
        form.setError(r.error.code === 'cve-not-in-pool' ? 'cveCna' : 'cve', {
          message: describeCve(r.error),
        });
      return;
    }
    const planned = detail.plan([
      { type: 'vulnerability.added', payload: { vulnerabilityId: record.id } },
    ]);
    const error = await detail.commit(planned, [record]);
    if (error === null) form.reset(emptyVulnerabilityForm());
    else form.setError('root', { message: error });
  });
  const field = (name: keyof VulnerabilityForm, label: string, hint?: string) => (
    <TextInput
      label={label}
      description={hint}
      error={errors[name]?.message}
      {...form.register(name)}
    />
  );
  return (
    <Card withBorder component="section" aria-labelledby="vulns-title">
      <Title order={3} size="h4" id="vulns-title" mb="xs">
        {t('cases.vulns.title')}
      </Title>
      {detail.vulnerabilities.length === 0 ? (
        <Text size="sm">{t('cases.vulns.none')}</Text>
      ) : (
        <Table aria-label={t('cases.vulns.title')} mb="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cases.vulns.titleEn')}</Table.Th>
              <Table.Th scope="col">{t('cases.vulns.cwe')}</Table.Th>
              <Table.Th scope="col">{t('cases.vulns.cvss31')}</Table.Th>
              <Table.Th scope="col">{t('cases.vulns.cvss40')}</Table.Th>
              <Table.Th scope="col">{t('cases.vulns.cve')}</Table.Th>
              <Table.Th scope="col">{t('vendorMatrix.affected.column')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.vulnerabilities.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{v.title[lang] || v.title.en}</Table.Td>
                <Table.Td>{v.cwe ?? '—'}</Table.Td>
                <Table.Td>
                  {v.cvss31 === null ? '—' : <ScoreText vector={v.cvss31.vector} />}
                </Table.Td>
                <Table.Td>
                  {v.cvss40 === null ? '—' : <ScoreText vector={v.cvss40.vector} />}
                </Table.Td>
                <Table.Td>
                  <VulnerabilityCve vulnerability={v} />
                </Table.Td>
                <Table.Td>
                  {v.affected.map((a, i) => (
                    <Text key={i} size="xs" ff="monospace">
                      {`${a.identifier ?? `${a.vendor} ${a.product}`} ${a.versions}`.trim()}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('cases.vulns.add')}
          </Title>
          <SimpleGrid cols={2}>
            {field('titleEn', t('cases.vulns.titleEn'))}
            {field('titleJa', t('cases.vulns.titleJa'))}
            <TextInput
              label={t('cases.vulns.cwe')}
              description="CWE-79"
              error={errors.cwe ? cweRefusal(form.getValues('cwe'), lang) : undefined}
              {...form.register('cwe')}
            />
            {field('cve', t('cases.vulns.cve'), t('cases.vulns.cveHint'))}
            {field('cveCna', t('cases.vulns.cveCna'))}
            <Stack gap={2}>
              {field(
                'cvss31',
                t('cases.vulns.cvss31'),
                'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
              )}
              <Text size="sm" aria-live="polite" data-testid="score-31">
                <ScoreText vector={v31} />
              </Text>
            </Stack>
            <Stack gap={2}>
              {field(
                'cvss40',
                t('cases.vulns.cvss40'),
                'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
              )}
              <Text size="sm" aria-live="polite" data-testid="score-40">
                <ScoreText vector={v40} />
              </Text>
            </Stack>
          </SimpleGrid>
          <Textarea
            label={t('vendorMatrix.affected.label')}
            description={t('vendorMatrix.affected.hint')}
            styles={{
              description: { color: 'var(--mantine-color-gray-7)' },
              input: { fontFamily: 'var(--mantine-font-family-monospace)' },
            }}
            autosize
            minRows={2}
            error={
              errors.affected === undefined
                ? undefined
                : t('vendorMatrix.affected.invalid', {
                    line: /^affected:(\d+)$/.exec(errors.affected.message ?? '')?.[1] ?? '?',
                  })
            }
            {...form.register('affected')}
          />
          {errors.root?.message !== undefined && (
            <Text c="red.9" size="sm" role="alert">
              {errors.root.message}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('cases.vulns.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
