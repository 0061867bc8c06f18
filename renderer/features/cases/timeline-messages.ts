import type { FeatureMessages } from '../../i18n/messages';

/** What the case timeline says of an event beyond its label: `t('caseTimeline.…')`. */
export const caseTimelineMessages = {
  en: {
    to: 'to {{party}}',
    from: 'from {{party}}',
    party: { finder: 'the finder', vendor: 'a vendor', partner: 'a partner' },
    letter: {
      'finder-acknowledgement': 'acknowledgement to the finder',
      'finder-decline': 'decline letter to the finder',
      'vendor-first-contact': 'first contact',
      'publication-date-proposal': 'publication date proposal',
      reminder: 'reminder',
      'unreachable-developer-notice': 'notice that the developer cannot be reached',
      'finder-publication-notice': 'publication notice to the finder',
      'finder-handling-terminated': 'handling ended, to the finder',
      'publication-moved': 'publication moved',
      'finder-vendor-disputed': 'the vendor disputes, to the finder',
      other: 'letter',
    },
    asksFor: '{{vendor}} asks for {{date}}: {{reason}}',
    granted: '{{date}}, asked for by {{vendor}}',
    refused: '{{vendor}}: {{reason}}',
    disputed: '{{vendor}}: {{category}}: {{reason}}',
    acceptedAs: {
      owner: 'the case was handed over to this organisation',
      'co-coordinator': 'this organisation co-coordinates the case',
    },
  },
  ja: {
    to: '{{party}}宛て',
    from: '{{party}}から',
    party: { finder: '届出者', vendor: 'ベンダー', partner: '連携先' },
    letter: {
      'finder-acknowledgement': '届出者への受領連絡',
      'finder-decline': '届出者への不受理連絡',
      'vendor-first-contact': '初回連絡',
      'publication-date-proposal': '公表日の提案',
      reminder: '催促',
      'unreachable-developer-notice': '開発者に連絡が取れない旨の通知',
      'finder-publication-notice': '届出者への公表の連絡',
      'finder-handling-terminated': '届出者への取り扱い終了の連絡',
      'publication-moved': '公表日変更の連絡',
      'finder-vendor-disputed': '届出者への異議の連絡',
      other: '連絡',
    },
    asksFor: '{{vendor}} が {{date}} を希望: {{reason}}',
    granted: '{{date}}（{{vendor}} の希望）',
    refused: '{{vendor}}: {{reason}}',
    disputed: '{{vendor}}: {{category}}: {{reason}}',
    acceptedAs: {
      owner: 'この組織が案件の移管を受けました',
      'co-coordinator': 'この組織が共同調整機関として加わりました',
    },
  },
} satisfies FeatureMessages;
