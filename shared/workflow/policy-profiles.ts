import type { DeadlineRule, PolicyProfile, PolicySource } from './policy-types';
import { jpcertProfile } from './policy-jpcert';

/**
 * The other profiles of ARCHITECTURE.md §4. Their sentences are quoted from the organisations'
 * published policies (not in reference/): CERT/CC 45 days from the initial report; ZDI 120
 * days from vendor notification; Google Project Zero 90+30 days, 7 days when exploited in
 * the wild. Only their deadlines differ; triage uses the JPCERT/CC checklist.
 */
const agreed = (prefix: string, source: PolicySource): DeadlineRule => ({
  id: `${prefix}.agreed-publication`,
  title: { ja: '合意した公表日', en: 'Agreed publication date' },
  appliesTo: 'any',
  anchors: ['agreed-publication'],
  duration: { amount: 0, unit: 'days' },
  rollForwardToBusinessDay: false,
  dueAtAnchorInstant: true,
  metWhen: ['published', 'closed'],
  dueSoonDays: 7,
  source,
});

const CERT = 'CERT/CC Vulnerability Disclosure Policy';
const certSource: PolicySource = {
  document: CERT,
  section: 'Disclosure timeline',
  sentence:
    'Vulnerabilities reported to the CERT/CC will be disclosed to the public 45 days after the initial report, regardless of the existence or availability of patches or workarounds from affected vendors.',
};

export const certCcProfile: PolicyProfile = {
  id: 'cert-cc',
  name: { ja: 'CERT/CC（45日）', en: 'CERT/CC (45 days)' },
  calendar: { timeZone: 'America/New_York', holidays: 'none', yearEndClosure: null },
  deadlines: [
    {
      id: 'cert.publication',
      title: { ja: '公表（45日）', en: 'Publication (45 days)' },
      appliesTo: 'any',
      anchors: ['received'],
      duration: { amount: 45, unit: 'days' },
      rollForwardToBusinessDay: false,
      // "disclosed to the public 45 days after the initial report": met by the disclosure.
      metWhen: ['published', 'closed'],
      dueSoonDays: 7,
      source: certSource,
    },
    agreed('cert', certSource),
  ],
  // "disclosed to the public 45 days after the initial report": the schedule itself.
  publicationTargetRuleId: 'cert.publication',
  actions: [],
  triage: { maintenanceWindowMonths: 18, declineXssUnlessSignificant: false },
};

const zdiSource: PolicySource = {
  document: 'Zero Day Initiative Disclosure Policy',
  section: 'Disclosure timeline',
  sentence:
    'The vendor has 120 days from the date of notification to address the vulnerability; after that ZDI may publish a limited advisory.',
};

export const zdiProfile: PolicyProfile = {
  id: 'zdi',
  name: { ja: 'ZDI（120日）', en: 'ZDI (120 days)' },
  calendar: { timeZone: 'America/Chicago', holidays: 'none', yearEndClosure: null },
  deadlines: [
    {
      id: 'zdi.publication',
      title: { ja: '公表（120日）', en: 'Publication (120 days)' },
      appliesTo: 'any',
      anchors: ['first-vendor-contact'],
      duration: { amount: 120, unit: 'days' },
      rollForwardToBusinessDay: false,
      metWhen: ['published', 'closed'],
      dueSoonDays: 14,
      source: zdiSource,
    },
    agreed('zdi', zdiSource),
  ],
  // No publication target: 120 days is the vendor's latest date, not a usual one.
  actions: [],
  triage: { maintenanceWindowMonths: 18, declineXssUnlessSignificant: false },
};

const P0 = 'Google Project Zero Vulnerability Disclosure Policy';
const p0Source = (sentence: string): PolicySource => ({ document: P0, section: '90+30', sentence });
const p0Fix = p0Source(
  'A vendor has 90 days after Project Zero notifies them about a security vulnerability to make a patch available to users.',
);
const p0Adoption = p0Source(
  'If they make a patch available within 90 days, Project Zero will publicly disclose details of the vulnerability 30 days after the patch has been made available to users.',
);
const p0Wild = p0Source(
  'For vulnerabilities that are being actively exploited in the wild, the deadline is 7 days.',
);

export const projectZeroProfile: PolicyProfile = {
  id: 'project-zero',
  name: { ja: 'Project Zero（90+30日）', en: 'Project Zero (90+30 days)' },
  calendar: { timeZone: 'America/Los_Angeles', holidays: 'none', yearEndClosure: null },
  deadlines: [
    {
      id: 'p0.fix',
      title: { ja: '修正提供（90日）', en: 'Patch available (90 days)' },
      appliesTo: 'any',
      anchors: ['first-vendor-contact'],
      duration: { amount: 90, unit: 'days' },
      rollForwardToBusinessDay: false,
      metWhen: ['flag:fixReady', 'published', 'closed'],
      dueSoonDays: 14,
      source: p0Fix,
    },
    {
      id: 'p0.patch-adoption',
      title: { ja: '詳細公表（修正後30日）', en: 'Details published (30 days after patch)' },
      appliesTo: 'any',
      anchors: ['flag:fixReady'],
      duration: { amount: 30, unit: 'days' },
      rollForwardToBusinessDay: false,
      metWhen: ['published', 'closed'],
      dueSoonDays: 7,
      source: p0Adoption,
    },
    {
      id: 'p0.in-the-wild',
      title: { ja: '悪用確認時（7日）', en: 'Exploited in the wild (7 days)' },
      appliesTo: 'any',
      anchors: ['first-vendor-contact', 'flag:attacksObserved'],
      duration: { amount: 7, unit: 'days' },
      rollForwardToBusinessDay: false,
      metWhen: ['flag:fixReady', 'published', 'closed'],
      dueSoonDays: 2,
      source: p0Wild,
    },
    agreed('p0', p0Fix),
  ],
  // No publication target: 90 days is the latest date for a patch, and details follow the
  // patch (30 days) or an exploitation in the wild (7 days), not a fixed count.
  actions: [],
  triage: { maintenanceWindowMonths: 18, declineXssUnlessSignificant: false },
};

export const POLICY_PROFILES: readonly PolicyProfile[] = [
  jpcertProfile,
  certCcProfile,
  zdiProfile,
  projectZeroProfile,
];

export const DEFAULT_POLICY_PROFILE_ID = jpcertProfile.id;

/** The profile with this id, or the default one (an unknown id in an imported case must
 *  not leave it without deadlines). */
export const getPolicyProfile = (id: string): PolicyProfile =>
  POLICY_PROFILES.find((p) => p.id === id) ?? jpcertProfile;
