import { Alert, Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { preDisclosure, type AdvisoryFormat, type LeakFinding } from '../../../shared/advisory';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';
import type { SsvcSelectionList } from '../../../shared/model';
import { usePlatform } from '../../platform';
import { addOverride } from './draft-edit';
import { exportAdvisory, type ExportOutcome } from './export-files';
import { FindingsTable } from './FindingsTable';
import { DroppedList } from './DroppedList';
import type { EventDraft } from './use-advisory';
import { alertStyles, BUTTON } from './a11y-styles';

type Props = {
  /** The saved draft with the leak-guard context recomputed from the case now. */
  draft: AdvisoryDraft;
  save: (draft: AdvisoryDraft, events: readonly EventDraft[]) => Promise<string | null>;
  /** The case's latest SSVC SelectionLists: CSAF 2.1 carries them as `ssvc_v2`. */
  ssvc?: readonly SsvcSelectionList[];
};

const FILTERS: Record<AdvisoryFormat, { name: string; extensions: string[] }> = {
  csaf: { name: 'CSAF JSON', extensions: ['json'] },
  'csaf-vex': { name: 'CSAF VEX JSON', extensions: ['json'] },
  openvex: { name: 'OpenVEX JSON', extensions: ['json'] },
  cyclonedx: { name: 'CycloneDX JSON', extensions: ['json'] },
  csaf21: { name: 'CSAF 2.1 JSON', extensions: ['json'] },
  cve: { name: 'CVE JSON', extensions: ['json'] },
  'cve-cna': { name: 'CVE CNA container JSON', extensions: ['json'] },
  html: { name: 'HTML', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
};

/** The JSON formats are one language per file (the CSAF language select chooses it). */
const oneLanguage = (format: AdvisoryFormat): boolean =>
  format !== 'cve' && format !== 'cve-cna' && format !== 'html' && format !== 'md';

/** Public exports, each through the leak guard first, saved via the Platform port. */
export function ExportPanel({ draft, save, ssvc = [] }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const platform = usePlatform();
  const [busy, setBusy] = useState(false);
  const [csafLang, setCsafLang] = useState<'ja' | 'en'>('en');
  const [last, setLast] = useState<{ format: AdvisoryFormat; outcome: ExportOutcome } | null>(null);
  const [saved, setSaved] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  // A technical alert has no CVE record (shared/advisory refuses one): no button for it.
  const alert = draft.technicalAlert !== undefined;
  // Not yet final: the CSAF 2.1 file is a pre-disclosure copy (shared/advisory says how).
  const early = alert ? null : preDisclosure(draft);

  const run = async (format: AdvisoryFormat) => {
    setError(null);
    setSaved([]);
    setLast(null);
    setBusy(true);
    const outcome = await exportAdvisory(
      draft,
      format,
      oneLanguage(format) ? csafLang : undefined,
      ssvc,
    );
    setBusy(false);
    setLast({ format, outcome });
    // Refused (leak guard, products, validation): nothing is saved.
    if (!outcome.ok) return;
    const names: string[] = [];
    for (const f of outcome.value.files) {
      const r = await platform.saveFile({
        suggestedName: f.name,
        bytes: new TextEncoder().encode(f.content),
        filters: [FILTERS[format]],
      });
      if (!r.ok) {
        setError(r.error.message);
        return;
      }
      if (r.value.saved) names.push(f.name);
    }
    setSaved(names);
  };
  const intended = async (finding: LeakFinding, reason: string) => {
    const err = await save(addOverride(draft, finding.fingerprint, reason), [
      { type: 'leak-guard.overridden', payload: { field: finding.field, reason } },
    ]);
    if (err !== null) setError(err);
    else if (last)
      setLast({
        format: last.format,
        outcome: await exportAdvisory(
          addOverride(draft, finding.fingerprint, reason),
          last.format,
          oneLanguage(last.format) ? csafLang : undefined,
          ssvc,
        ),
      });
  };
  const print = async () => {
    const r = await platform.printToPdf({
      suggestedName: `${draft.advisoryId.replace('#', '_')}.pdf`,
    });
    if (!r.ok) setError(r.error.message);
  };
  const outcome = last?.outcome;
  return (
    <Stack component="section" aria-labelledby="adv-export">
      <Title order={3} id="adv-export">
        {t('advisories.export.heading')}
      </Title>
      <Text size="sm">{t('advisories.export.usesSaved')}</Text>
      <Group align="flex-end">
        <NativeSelect
          label={t('advisories.export.csafLang')}
          value={csafLang}
          data={[
            { value: 'en', label: t('advisories.lang.en') },
            { value: 'ja', label: t('advisories.lang.ja') },
          ]}
          onChange={(e) => setCsafLang(e.currentTarget.value === 'ja' ? 'ja' : 'en')}
        />
        <Button color={BUTTON} onClick={() => void run('csaf')}>
          {t('advisories.export.csaf')}
        </Button>
        {alert ? null : (
          <>
            <Button color={BUTTON} onClick={() => void run('cve')}>
              {t('advisories.export.cve')}
            </Button>
            <Button color={BUTTON} onClick={() => void run('cve-cna')}>
              {t('advisories.export.cveCna')}
            </Button>
          </>
        )}
        <Button color={BUTTON} onClick={() => void run('html')}>
          {t('advisories.export.html')}
        </Button>
        <Button color={BUTTON} onClick={() => void run('md')}>
          {t('advisories.export.md')}
        </Button>
        {alert ? null : (
          <>
            <Button color={BUTTON} onClick={() => void run('csaf21')}>
              {t('advisories.export.csaf21')}
            </Button>
            <Button color={BUTTON} onClick={() => void run('csaf-vex')}>
              {t('advisories.export.csafVex')}
            </Button>
            <Button color={BUTTON} onClick={() => void run('openvex')}>
              {t('advisories.export.openvex')}
            </Button>
            <Button color={BUTTON} onClick={() => void run('cyclonedx')}>
              {t('advisories.export.cyclonedx')}
            </Button>
          </>
        )}
        <Button color={BUTTON} variant="outline" onClick={() => void print()}>
          {t('advisories.export.pdf')}
        </Button>
      </Group>
      {early === null ? null : (
        // Beside the CSAF 2.1 export, the words its file carries (distribution.text, a note).
        <Alert styles={alertStyles} color="yellow" data-testid="csaf21-pre-disclosure">
          <Text size="sm">
            <strong>{early.title[lang]} (CSAF 2.1)</strong>: {early.text[lang]}
          </Text>
        </Alert>
      )}
      <DroppedList draft={draft} ssvc={ssvc.length > 0} />
      {alert ? (
        <Text size="sm" c="gray.7" data-testid="advisory-no-cve">
          {t('advisoryAlert.noCve')}
        </Text>
      ) : null}
      <Text size="sm" c="gray.7">
        {t('advisories.export.csafNote', { command: 'npm run -s airlock -- advisory validate' })}
      </Text>
      {busy ? (
        <Text size="sm" role="status">
          {t('advisories.export.checking')}
        </Text>
      ) : null}
      {error ? (
        <Alert styles={alertStyles} color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      {outcome &&
      !outcome.ok &&
      outcome.error.code === 'leak-guard' &&
      'findings' in outcome.error ? (
        <Alert styles={alertStyles} color="red" role="alert" title={t('advisories.export.refused')}>
          <FindingsTable findings={outcome.error.findings} onIntended={intended} />
        </Alert>
      ) : null}
      {outcome &&
      !outcome.ok &&
      outcome.error.code === 'invalid-export' &&
      'files' in outcome.error ? (
        <Alert
          styles={alertStyles}
          color="red"
          role="alert"
          title={t('advisories.export.invalid')}
          data-testid="export-failures"
        >
          <Text size="sm">{t('advisories.export.notSaved')}</Text>
          <List size="sm">
            {outcome.error.files.flatMap((f) =>
              f.failures.map((x) => (
                <List.Item key={`${f.file}|${x.field.en}|${x.problem.en}`}>
                  {t('advisories.export.failure', {
                    file: f.file,
                    field: x.field[lang],
                    problem: x.problem[lang],
                  })}
                </List.Item>
              )),
            )}
          </List>
        </Alert>
      ) : null}
      {outcome && !outcome.ok && 'message' in outcome.error ? (
        <Alert styles={alertStyles} color="red" role="alert" title={t('advisories.export.failed')}>
          {outcome.error.text
            ? outcome.error.text[lang]
            : t(`advisories.errors.${outcome.error.code}`, { defaultValue: outcome.error.message })}
        </Alert>
      ) : null}
      {outcome?.ok ? (
        <Alert
          styles={alertStyles}
          color="green"
          role="status"
          title={t('advisories.export.passed')}
        >
          {last?.format === 'csaf' || last?.format === 'cve' || last?.format === 'cve-cna' ? (
            <Text size="sm">{t(`advisories.export.valid.${last.format}`)}</Text>
          ) : null}
          {outcome.value.overridden > 0 ? (
            <Text size="sm">
              {t('advisories.export.overridden', { count: outcome.value.overridden })}
            </Text>
          ) : null}
          <List size="sm">
            {saved.map((n) => (
              <List.Item key={n}>{t('advisories.export.savedFile', { name: n })}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
