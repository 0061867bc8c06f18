import type { FeatureMessages, MessageTree } from './messages';
import { commonMessages } from '../app/messages';
import { vaultMessages } from '../features/vault/messages';
import { interruptedWriteMessages } from '../features/vault/interrupted-messages';
import { backupKeyMessages } from '../features/vault/backup-key-messages';
import { exportScreenMessages } from '../features/export/messages';
import { casesMessages } from '../features/cases/messages';
import { involvementEditMessages } from '../features/cases/involvement-messages';
import { casePolicyMessages } from '../features/cases/policy-messages';
import { vendorMatrixMessages } from '../features/cases/vendor-messages';
import { caseAlertMessages } from '../features/cases/alert-messages';
import { intakeMessages } from '../features/intake/messages';
import { intakeDuplicateMessages } from '../features/intake/duplicate-messages';
import { contactsMessages } from '../features/contacts/messages';
import { dashboardMessages } from '../features/dashboard/messages';
import { calendarMessages } from '../features/calendar/messages';
import { settingsMessages } from '../features/settings/messages';
import { keysMessages } from '../features/keys/messages';
import { messagesMessages } from '../features/messages/messages';
import { threadsMessages } from '../features/messages/thread-messages';
import { confidentialityMessages } from '../features/messages/confidentiality-messages';
import { importMessages } from '../features/import/messages';
import { advisoriesMessages } from '../features/advisories/messages';
import { cvssMessages } from '../features/advisories/cvss-messages';
import { advisoryAlertMessages } from '../features/advisories/alert-messages';
import { advisoryWithdrawalMessages } from '../features/advisories/withdrawal-messages';
import { bundlesMessages } from '../features/bundles/messages';
import { bundleRefClashMessages } from '../features/bundles/ref-clash-messages';
import { statisticsMessages } from '../features/statistics/messages';
import { cveMessages } from '../features/cve/messages';
import { ssvcMessages } from '../features/cases/ssvc-messages';
import { caseFinderMessages } from '../features/cases/finder-messages';
import { caseDisputeMessages, caseExtensionMessages } from '../features/cases/extension-messages';
import { caseTimelineMessages } from '../features/cases/timeline-messages';
import { publicationWarningMessages } from '../features/cases/publication-warning-messages';

/**
 * The registry of every feature's messages: one line per feature. The key under which a
 * feature is listed is the first segment of its keys (`t('cases.list.title')`).
 */
export const catalog = {
  common: commonMessages,
  intake: intakeMessages,
  intakeDuplicates: intakeDuplicateMessages,
  contacts: contactsMessages,
  dashboard: dashboardMessages,
  calendar: calendarMessages,
  settings: settingsMessages,
  vault: vaultMessages,
  interruptedWrite: interruptedWriteMessages,
  backupKey: backupKeyMessages,
  exportScreen: exportScreenMessages,
  cases: casesMessages,
  involvementEdit: involvementEditMessages,
  casePolicy: casePolicyMessages,
  vendorMatrix: vendorMatrixMessages,
  caseAlert: caseAlertMessages,
  keys: keysMessages,
  messages: messagesMessages,
  threads: threadsMessages,
  confidentiality: confidentialityMessages,
  import: importMessages,
  advisories: advisoriesMessages,
  cvss: cvssMessages,
  advisoryAlert: advisoryAlertMessages,
  advisoryWithdrawal: advisoryWithdrawalMessages,
  bundles: bundlesMessages,
  bundleRefClash: bundleRefClashMessages,
  statistics: statisticsMessages,
  cve: cveMessages,
  ssvc: ssvcMessages,
  caseFinder: caseFinderMessages,
  caseExtensions: caseExtensionMessages,
  caseDispute: caseDisputeMessages,
  caseTimeline: caseTimelineMessages,
  publicationWarnings: publicationWarningMessages,
} as const satisfies Readonly<Record<string, FeatureMessages>>;

/** The English tree, whose keys are the type of every `t('…')` key (i18next.d.ts). */
export type EnglishMessages = { readonly [K in keyof typeof catalog]: (typeof catalog)[K]['en'] };

const pick = (lang: 'en' | 'ja'): MessageTree =>
  Object.fromEntries(Object.entries(catalog).map(([ns, messages]) => [ns, messages[lang]]));

export const en = pick('en') as EnglishMessages;
export const ja = pick('ja');
