import type { FeatureMessages } from '../../i18n/messages';
import { involvementStatusTerms, termsIn } from '../../../shared/model';

/** The vendor matrix's derived statuses, filters and the vendor suggestions
 *  (`t('vendorMatrix.…')`), issue 13. */
export const vendorMatrixMessages = {
  en: {
    status: {
      ...termsIn(involvementStatusTerms, 'en'),
      'no-reply_one': 'Contacted, no reply for {{count}} business day',
      'no-reply_other': 'Contacted, no reply for {{count}} business days',
      notAffectedWhy: 'Not affected ({{why}})',
    },
    filterLabel: 'Show vendors',
    filterAll: 'All ({{count}})',
    filterOption: '{{label}} ({{count}})',
    noReplyFilter: 'Contacted, no reply',
    contactNext: 'Contact next',
    contactNextList: 'Contact next: {{names}}',
    contactNextNone: 'Nobody is waiting to be contacted.',
    waitingList: 'No reply yet: {{list}}',
    waitingEntry: '{{name}} ({{count}} business days)',
    noneForFilter: 'No vendor has this status.',
    scrollRegion: 'Vendor matrix, {{count}} vendors',
    actOn: 'Act on this vendor',
    actOnFor: 'Act on this vendor: {{vendor}}',
    productsMore: '{{first}} (+{{count}} more)',
    vex: {
      component_not_present: 'component not present',
      vulnerable_code_not_present: 'vulnerable code not present',
      vulnerable_code_cannot_be_controlled_by_adversary:
        'vulnerable code cannot be controlled by an adversary',
      vulnerable_code_not_in_execute_path: 'vulnerable code not in execute path',
      inline_mitigations_already_exist: 'inline mitigations already exist',
    },
    suggest: {
      title: 'Suggested vendors to notify',
      intro:
        "Contacts whose products match this case's affected products (package URLs and CPE names).",
      none: 'No contact holds a product identifier that matches this case.',
      noIdentifiers:
        'Add affected products as package URLs or CPE names (Vulnerabilities tab) to get suggestions.',
      vendor: 'Vendor',
      matched: 'Matched identifier',
      affected: 'Affected product',
      why: 'Why',
      add: 'Add to the matrix',
      addAll: 'Add all suggested vendors',
      reason: {
        exact: 'Exact match',
        'in-range': 'Same package, version in the affected range',
        'other-version': 'Same package, different version',
        'cpe-vendor-product': 'Same vendor and product (CPE)',
      },
    },
    affected: {
      label: 'Affected products (one package URL or CPE 2.3 name per line, then the versions)',
      hint: 'For example: pkg:npm/left-pad < 1.3.0 — used to suggest vendors to notify.',
      invalid: 'Line {{line}} does not start with a valid package URL or CPE 2.3 name.',
      column: 'Affected products',
    },
  },
  ja: {
    status: {
      ...termsIn(involvementStatusTerms, 'ja'),
      'no-reply_one': '連絡済み・{{count}} 営業日返信なし',
      'no-reply_other': '連絡済み・{{count}} 営業日返信なし',
      notAffectedWhy: '該当製品なし（{{why}}）',
    },
    filterLabel: '表示する製品開発者',
    filterAll: 'すべて（{{count}}）',
    filterOption: '{{label}}（{{count}}）',
    noReplyFilter: '連絡済み・返信なし',
    contactNext: '次に連絡',
    contactNextList: '次に連絡する相手: {{names}}',
    contactNextNone: '連絡待ちの製品開発者はいません。',
    waitingList: '返信待ち: {{list}}',
    waitingEntry: '{{name}}（{{count}} 営業日）',
    noneForFilter: 'この状況の製品開発者はいません。',
    scrollRegion: '製品開発者の一覧（{{count}} 社）',
    actOn: 'この製品開発者を操作',
    actOnFor: 'この製品開発者を操作: {{vendor}}',
    productsMore: '{{first}}（ほか {{count}} 件）',
    vex: {
      component_not_present: 'コンポーネントを含まない',
      vulnerable_code_not_present: '脆弱なコードを含まない',
      vulnerable_code_cannot_be_controlled_by_adversary: '脆弱なコードを攻撃者が制御できない',
      vulnerable_code_not_in_execute_path: '脆弱なコードが実行経路にない',
      inline_mitigations_already_exist: '緩和策が組み込まれている',
    },
    suggest: {
      title: '通知先の候補',
      intro: 'この案件の影響を受ける製品（パッケージ URL・CPE 名）と製品が一致する連絡先です。',
      none: 'この案件と一致する製品識別子を持つ連絡先はありません。',
      noIdentifiers:
        '候補を出すには、影響を受ける製品をパッケージ URL または CPE 名で登録してください（脆弱性タブ）。',
      vendor: '製品開発者',
      matched: '一致した識別子',
      affected: '影響を受ける製品',
      why: '理由',
      add: '一覧に追加',
      addAll: '候補をすべて追加',
      reason: {
        exact: '完全一致',
        'in-range': '同じパッケージ（影響を受けるバージョンの範囲内）',
        'other-version': '同じパッケージ（別のバージョン）',
        'cpe-vendor-product': 'ベンダー名と製品名が一致（CPE）',
      },
    },
    affected: {
      label: '影響を受ける製品（1 行に 1 件のパッケージ URL または CPE 2.3 名、続けてバージョン）',
      hint: '例: pkg:npm/left-pad < 1.3.0 — 通知先の候補を出すのに使います。',
      invalid: '{{line}} 行目が正しいパッケージ URL または CPE 2.3 名で始まっていません。',
      column: '影響を受ける製品',
    },
  },
} satisfies FeatureMessages;
