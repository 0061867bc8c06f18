import type { FeatureMessages } from '../../i18n/messages';

/** SSVC coordinator decisions (issue 28) at intake and at the release decision. */
export const ssvcMessages = {
  en: {
    title: 'SSVC: {{table}}',
    intro:
      'CERT/CC’s Stakeholder-Specific Vulnerability Categorization, recorded beside the policy’s own verdict. Values the case already knows are pre-filled; change any of them.',
    notChosen: 'Not chosen yet',
    prefilled: 'Pre-filled from {{source}}',
    source: {
      'checklist-already-public': 'the checklist: already public',
      'checklist-vendor-contact': 'the checklist: vendor contact stated',
      'checklist-multiple-developers': 'the checklist: multiple developers',
      'matrix-vendors': 'the vendor matrix: number of vendors',
      'matrix-contacted': 'the vendor matrix: a vendor was contacted',
      'matrix-replies': 'the vendor matrix: the vendors’ replies',
      'flags-fix-ready': 'the case flags: fix ready',
      'flags-exploit': 'the case flags: exploit / attacks',
    },
    outcome: 'SSVC outcome: {{outcome}}',
    incomplete: 'SSVC outcome: not yet — choose {{points}}',
    disagree:
      'SSVC says “{{ssvc}}”; the policy says “{{policy}}”. Both are recorded: the policy’s decision is the one that applies.',
    agree: 'SSVC and the policy agree.',
    recorded: 'Recorded SSVC decision: {{outcome}}',
  },
  ja: {
    title: 'SSVC: {{table}}',
    intro:
      'CERT/CC の SSVC（Stakeholder-Specific Vulnerability Categorization）による判断を、ポリシーの判定と並べて記録します。案件から分かる値はあらかじめ入っています。どれも変更できます。',
    notChosen: '未選択',
    prefilled: '{{source}} から入力',
    source: {
      'checklist-already-public': 'チェックリスト（既に公開）',
      'checklist-vendor-contact': 'チェックリスト（製品開発者への連絡の記載）',
      'checklist-multiple-developers': 'チェックリスト（複数の製品開発者）',
      'matrix-vendors': '製品開発者一覧（製品開発者の数）',
      'matrix-contacted': '製品開発者一覧（連絡済みの製品開発者）',
      'matrix-replies': '製品開発者一覧（製品開発者の応答）',
      'flags-fix-ready': '案件のフラグ（修正準備完了）',
      'flags-exploit': '案件のフラグ（エクスプロイト・攻撃）',
    },
    outcome: 'SSVC の結果: {{outcome}}',
    incomplete: 'SSVC の結果: 未確定 — {{points}} を選んでください',
    disagree:
      'SSVC は「{{ssvc}}」、ポリシーは「{{policy}}」です。両方を記録します。適用されるのはポリシーの判断です。',
    agree: 'SSVC とポリシーの判断は一致しています。',
    recorded: '記録済みの SSVC による判断: {{outcome}}',
  },
} satisfies FeatureMessages;
