import type { PolicyProfile, PolicySource } from './policy-types';

/**
 * The JPCERT/CC profile (default), from reference/jpcert-cc-coordination-and-disclosure-
 * policy.txt ("JPCERT") and reference/ipa-early-warning-partnership-overview.txt ("IPA").
 * Each rule below quotes the sentence it implements in `source.sentence`:
 * - jpcert.acknowledge-finder      JPCERT II.A  5 business days (Asia/Tokyo, JP holidays,
 *                                               year-end closure Dec 29 – Jan 3)
 * - jpcert.publication-target      IPA *9       45 days from the first contact attempt
 *                                               to the release: met by publication (or
 *                                               closing); while a publication instant is
 *                                               agreed it is superseded by that instant (the
 *                                               footnote's "recommended date" is a target the
 *                                               parties replace by arranging the date; the
 *                                               agreed date is then the deadline kept)
 * - jpcert.agreed-publication      IPA          the planned public release date, due at the
 *                                               agreed instant itself
 * - jpcert.coordination-limit      JPCERT II.F  120 days from initial developer contact, met
 *                                               when the case is published or closed
 * - jpcert.nondisclosure-year      IPA + *5     1 year → finder may withdraw non-disclosure
 * - jpcert.website-fix             IPA          about three months for a website fix
 * - extensions                 IPA *9       more time than the 45-day target: a
 *                                               vendor's request granted, or a revision
 *                                               to a later date beyond the target; at most
 *                                               twice (an Airlock default)
 * - actions: may-close, release-decision-committee (IPA *10), finder-may-lift-
 *   nondisclosure, publish-developer-name (IPA *8), consider-unreachable, public-release-
 *   optional (IPA), notify-finder-handling-terminated (IPA *4).
 */
const JPCERT = 'JPCERT/CC Vulnerability Coordination and Disclosure Policy';
const IPA = 'Information Security Early Warning Partnership — Overview of Vulnerability Handling';

export const JPCERT_SOURCES = {
  acknowledge: {
    document: JPCERT,
    section: 'II.A',
    sentence:
      'After receiving a vulnerability report, JPCERT/CC will send an initial response (acknowledgement) to the reporter within 5 business days.',
  },
  publicationTarget: {
    document: IPA,
    section: 'To Software Developers, footnote 9',
    sentence:
      'In general, the recommended date of release is 45 days from the day of the initial attempt to contact the developer from JPCERT/CC.',
  },
  agreedPublication: {
    document: IPA,
    section: 'To Software Developers: Arranging announcement dates',
    sentence:
      'The Software developer should notify JPCERT/CC the status of measures by the planned public release date and prepare countermeasures accordingly.',
  },
  coordinationLimit: {
    document: JPCERT,
    section: 'II.F',
    sentence:
      "Either of the above will occur 120 days from initial developer contact and JPCERT/CC will consider the report 'closed'.",
  },
  nondisclosureYear: {
    document: IPA,
    section: 'To Finders, footnote 5',
    sentence:
      'For a software vulnerability, after a year has passed since the initial report*5, the finder may issue a withdrawal request to IPA. (*5: The date when JPCERT/CC first attempted to notify the software developer.)',
  },
  websiteFix: {
    document: IPA,
    section: 'To Website Operators: Address Vulnerability',
    sentence:
      'This notification should be issued within approximately three months from the time since IPA notified the vulnerability-related information.',
  },
  releaseDecisionCommittee: {
    document: IPA,
    section: 'To Software Developers, footnote 10',
    sentence:
      'If it is impossible for JPCERT/CC to agree with the software developer, the vulnerability may be published after the case is reviewed by the Release Decision Committee.',
  },
  unreachable: {
    document: IPA,
    section: 'To Software Developers, footnote 8',
    sentence:
      'If the software developer cannot be reached, the name of the software developer may be published to solicit methods to contact the developer from the public.',
  },
  considerUnreachable: {
    document: IPA,
    section: 'To Software Developers, footnote 8',
    note: {
      en: 'the 30-day threshold is an Airlock default, not policy text',
      ja: '30 日という目安は Airlock の既定値で、ポリシーの文言ではありません',
    },
    sentence:
      'Cases where the developer cannot be reached such as the following: … the developer does not respond to contact attempts, etc.',
  },
  releaseOptional: {
    document: IPA,
    section: 'To Software Developers: Arranging announcement dates',
    sentence:
      'If the software developer is able to contact all users of its software of a countermeasures, then it does not have to be publicly released.',
  },
  cveId: {
    document: JPCERT,
    section: 'III',
    sentence:
      'As a CVE Numbering Authority (CNA), JPCERT/CC will assign CVE’s to all vulnerabilities disclosed on JVN, unless assigned by another CNA.',
  },
  extensions: {
    document: IPA,
    section: 'To Software Developers, footnote 9',
    note: {
      en: 'the cap of two extensions is an Airlock default, not policy text',
      ja: '延長を 2 回までとする上限は Airlock の既定値で、ポリシーの文言ではありません',
    },
    sentence:
      'In general, the recommended date of release is 45 days from the day of the initial attempt to contact the developer from JPCERT/CC. Please contact JPCERT/CC if more time is necessary.',
  },
  alreadyPublic: {
    document: IPA,
    section: 'To Finders, footnote 4',
    sentence:
      'If the handling process is terminated because the vulnerability is already publicly known, IPA will notify the finder as such.',
  },
  // Advisory IDs (issue 23). The prefixes are JVN's published numbering (jvn.jp): JVN# for
  // reports under the partnership about domestic developers, JVNVU# for vulnerabilities
  // coordinated with overseas coordination centres or among several vendors, JVNTA# for
  // technical alerts. The section names that convention; the sentence is the policy text
  // it rests on, verbatim.
  advisoryIdPartnership: {
    document: IPA,
    section: 'Overview of handling',
    note: {
      en: 'JVN#: a partnership report about a domestic developer',
      ja: 'JVN#: 国内の開発者に関するパートナーシップの届出',
    },
    sentence:
      'For a software product vulnerability, it will be published on the Japan Vulnerability Notes (JVN) portal site, and users will be provided with information on vulnerability countermeasures.',
  },
  advisoryIdMultiParty: {
    document: JPCERT,
    section: 'II.G',
    note: {
      en: 'JVNVU#: coordinated with overseas coordinators or among several vendors',
      ja: 'JVNVU#: 海外の調整機関と、または複数のベンダーと調整したもの',
    },
    sentence:
      'When a reported vulnerability requires multiple vendors to address a vulnerability simultaneously, ‘multi-party coordination’ occurs. For such reports, JPCERT/CC will contact multiple vendors simultaneously to address the vulnerability.',
  },
  advisoryIdTechnicalAlert: {
    document: JPCERT,
    section: 'III',
    note: { en: 'JVNTA#: technical alerts', ja: 'JVNTA#: 技術情報' },
    sentence:
      'In addition to coordinated vulnerability disclosures, technical alerts related to classes of vulnerabilities or attacks that affect a significant portion of the constituents are also published on JVN.',
  },
} satisfies Record<string, PolicySource>;

const S = JPCERT_SOURCES;

export const jpcertProfile: PolicyProfile = {
  id: 'jpcert-cc',
  name: { ja: 'JPCERT/CC（既定）', en: 'JPCERT/CC (default)' },
  advisoryIds: [
    {
      prefix: 'JVNTA',
      when: 'technical-alert',
      title: { ja: 'テクニカルアラート', en: 'A technical alert' },
      source: S.advisoryIdTechnicalAlert,
    },
    {
      prefix: 'JVNVU',
      when: 'overseas-coordinator-or-several-vendors',
      title: {
        ja: '海外の調整機関または複数のベンダと調整した案件',
        en: 'Coordinated with overseas coordinators or several vendors',
      },
      source: S.advisoryIdMultiParty,
    },
    {
      prefix: 'JVN',
      when: 'partnership-domestic',
      title: {
        ja: 'パートナーシップによる国内の開発者一者の案件',
        en: 'A partnership case with one domestic developer',
      },
      source: S.advisoryIdPartnership,
    },
  ],
  calendar: {
    timeZone: 'Asia/Tokyo',
    holidays: 'jp',
    yearEndClosure: { start: '12-29', end: '01-03' },
  },
  deadlines: [
    {
      id: 'jpcert.acknowledge-finder',
      title: { ja: '報告者への受付連絡', en: 'Acknowledge the finder' },
      appliesTo: 'any',
      anchors: ['received'],
      duration: { amount: 5, unit: 'business-days' },
      rollForwardToBusinessDay: false,
      // Met only by a reply recorded as sent to the finder (acknowledgement or decline), not
      // by closing: a declined case still owes the finder its answer.
      metWhen: ['acknowledged'],
      dueSoonDays: 2,
      source: S.acknowledge,
    },
    {
      id: 'jpcert.publication-target',
      title: { ja: '公表予定日の目安（45日）', en: 'Publication target (45 days)' },
      appliesTo: 'software',
      anchors: ['first-vendor-contact'],
      duration: { amount: 45, unit: 'days' },
      rollForwardToBusinessDay: true,
      metWhen: ['published', 'closed'],
      supersededByAgreement: true,
      dueSoonDays: 7,
      source: S.publicationTarget,
    },
    {
      id: 'jpcert.agreed-publication',
      title: { ja: '合意した公表日', en: 'Agreed publication date' },
      appliesTo: 'any',
      anchors: ['agreed-publication'],
      duration: { amount: 0, unit: 'days' },
      rollForwardToBusinessDay: false,
      dueAtAnchorInstant: true,
      metWhen: ['published', 'closed'],
      dueSoonDays: 7,
      source: S.agreedPublication,
    },
    {
      id: 'jpcert.coordination-limit',
      title: { ja: '調整期限（120日）', en: 'Coordination limit (120 days)' },
      appliesTo: 'any',
      anchors: ['first-vendor-contact'],
      duration: { amount: 120, unit: 'days' },
      rollForwardToBusinessDay: false,
      metWhen: ['published', 'closed'],
      dueSoonDays: 14,
      source: S.coordinationLimit,
    },
    {
      id: 'jpcert.nondisclosure-year',
      title: { ja: '非開示依頼の取り下げ可能（1年）', en: 'Non-disclosure may be lifted (1 year)' },
      appliesTo: 'software',
      anchors: ['first-vendor-contact'],
      duration: { amount: 1, unit: 'years' },
      rollForwardToBusinessDay: false,
      metWhen: ['published', 'closed'],
      dueSoonDays: 30,
      source: S.nondisclosureYear,
    },
    {
      id: 'jpcert.website-fix',
      title: { ja: 'ウェブサイトの修正（約3か月）', en: 'Website fix (about 3 months)' },
      appliesTo: 'website',
      anchors: ['first-vendor-contact'],
      duration: { amount: 3, unit: 'months' },
      rollForwardToBusinessDay: false,
      metWhen: ['flag:fixDeployed', 'closed'],
      dueSoonDays: 14,
      source: S.websiteFix,
    },
  ],
  actions: [
    {
      id: 'may-close',
      title: { ja: '取扱いを終了できます', en: 'The case may be closed' },
      when: { kind: 'deadline-overdue', ruleId: 'jpcert.coordination-limit' },
      afterClose: false,
      source: S.coordinationLimit,
    },
    {
      id: 'release-decision-committee',
      title: { ja: '公表判定委員会への付議', en: 'Refer to the Release Decision Committee' },
      when: {
        kind: 'all',
        of: [
          { kind: 'no-release-decision' },
          {
            kind: 'any',
            of: [
              { kind: 'deadline-overdue', ruleId: 'jpcert.coordination-limit' },
              { kind: 'involvement-status', status: 'declined' },
            ],
          },
        ],
      },
      afterClose: false,
      source: S.releaseDecisionCommittee,
    },
    {
      id: 'finder-may-lift-nondisclosure',
      title: {
        ja: '報告者は非開示依頼の取り下げを求められます',
        en: 'The finder may ask to lift non-disclosure',
      },
      when: { kind: 'deadline-overdue', ruleId: 'jpcert.nondisclosure-year' },
      afterClose: false,
      source: S.nondisclosureYear,
    },
    {
      id: 'publish-developer-name',
      title: { ja: '連絡不能開発者として公表', en: 'Publish the developer name to seek contact' },
      when: { kind: 'developer-name-unpublished' },
      afterClose: false,
      source: S.unreachable,
    },
    {
      id: 'consider-unreachable',
      title: { ja: '連絡不能として扱うか検討', en: 'Consider marking the developer unreachable' },
      when: { kind: 'no-reply-for-days', days: 30 },
      afterClose: false,
      source: S.considerUnreachable,
    },
    {
      id: 'public-release-optional',
      title: { ja: '公表は任意です', en: 'Public release is optional' },
      when: { kind: 'all-developers-reach-users' },
      afterClose: false,
      source: S.releaseOptional,
    },
    {
      id: 'notify-finder-handling-terminated',
      title: { ja: '報告者へ取扱い終了を連絡', en: 'Tell the finder handling has ended' },
      when: { kind: 'handling-terminated-finder-not-notified' },
      afterClose: true,
      source: S.alreadyPublic,
    },
  ],
  namePublication: {
    minAttempts: 3,
    waitDays: 30,
    committeeDecision: true,
    source: S.unreachable,
  },
  cveIdRequired: { source: S.cveId },
  extensions: {
    maxExtensions: 2,
    targetRuleId: 'jpcert.publication-target',
    source: S.extensions,
  },
  // IPA *9: "the recommended date of release is 45 days from the day of the initial attempt".
  publicationTargetRuleId: 'jpcert.publication-target',
  triage: { maintenanceWindowMonths: 18, declineXssUnlessSignificant: true },
};
