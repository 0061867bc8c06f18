import { CASE_SCHEMA_VERSION, emptyCaseDates, emptyCaseFlags, type Case } from '../case';
import { CASE_EVENT_SCHEMA_VERSION, type CaseEvent } from '../case-event';
import type { EventId } from '../ids';
import type { TechnicalAlertContent } from '../technical-alert';
import { sampleIds } from './fixtures';

/** A technical alert's content as an analyst would enter it (both languages). */
export const sampleAlertContent = (): TechnicalAlertContent => ({
  vulnerabilityClass: {
    ja: 'TLS ライブラリにおける証明書検証不備',
    en: 'Improper certificate validation in embedded TLS libraries',
  },
  cwes: ['CWE-295'],
  summary: {
    ja: '複数の組込み機器が TLS サーバ証明書を検証していません。',
    en: 'Many embedded devices do not validate TLS server certificates.',
  },
  description: {
    ja: '多くの組込み機器向け SDK が証明書検証を既定で無効にしています。',
    en: 'Several embedded SDKs disable certificate validation by default.',
  },
  impact: {
    ja: '中間者攻撃により通信内容が改ざんされる可能性があります。',
    en: 'A man-in-the-middle attacker may read or alter the traffic.',
  },
  productFamilies: [
    {
      name: { ja: 'XYZ SDK を用いた家庭用ルータ', en: 'Home routers built on the XYZ SDK' },
      identifiers: ['cpe:2.3:a:xyz:sdk:*:*:*:*:*:*:*:*'],
    },
    { name: { ja: '', en: 'IoT cameras' }, identifiers: [] },
  ],
  mitigations: [{ ja: '証明書検証を有効にしてください。', en: 'Enable certificate validation.' }],
  references: ['https://example.org/research/tls-validation'],
});

/** A technical-alert Case as the reducer folds it right after `case.created`. */
export const sampleAlertCase = (): Case => ({
  schemaVersion: CASE_SCHEMA_VERSION,
  id: sampleIds.caseId,
  ref: 'AL-2026-0077',
  title: 'TLS certificate validation in embedded SDKs',
  kind: 'technical-alert',
  tlp: 'AMBER',
  priority: { level: 'normal', reasons: [] },
  policyProfile: 'jpcert-cc',
  states: { report: 'accepted', embargo: 'none', flags: emptyCaseFlags() },
  dates: emptyCaseDates(),
  vulnerabilities: [],
  involvements: [],
  advisoryId: null,
  tags: [],
  technicalAlert: { content: sampleAlertContent(), stage: 'drafting' },
  vendorSummary: '',
  titleShareable: false,
});

/** The `case.created` event of `sampleAlertCase`. */
export const sampleAlertCreated = (): CaseEvent => ({
  schemaVersion: CASE_EVENT_SCHEMA_VERSION,
  id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' as EventId,
  caseId: sampleIds.caseId,
  at: '2026-05-01T00:00:00.000Z',
  actor: 'analyst',
  type: 'case.created',
  payload: {
    ref: 'AL-2026-0077',
    title: 'TLS certificate validation in embedded SDKs',
    kind: 'technical-alert',
    tlp: 'AMBER',
    policyProfile: 'jpcert-cc',
    reportId: null,
    technicalAlert: sampleAlertContent(),
  },
});
