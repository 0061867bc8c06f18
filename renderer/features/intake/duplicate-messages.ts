import type { FeatureMessages } from '../../i18n/messages';

/** Intake's duplicate and related reports (issue 27 item 3): `t('intakeDuplicates.…')`. */
export const intakeDuplicateMessages = {
  en: {
    title: 'Duplicates and related cases',
    intro:
      'Every case, open or closed, is compared by product identifier, CVE ID, CWE and wording.',
    identifiers: 'Product identifiers (PURL or CPE 2.3)',
    cves: 'CVE IDs',
    cwes: 'CWEs',
    none: 'No case shares a product, CVE ID or wording with this report.',
    closed: 'closed',
    offered: {
      duplicate: 'Offered as a duplicate',
      related: 'Possibly related',
    },
    reason: {
      product: 'Same product: {{identifier}} ({{match}})',
      cve: 'Same CVE ID: {{id}}',
      cwe: 'Same CWE: {{id}}',
      text: 'Similar wording ({{percent}}%)',
    },
    match: {
      exact: 'exact',
      'in-range': 'version in range',
      'other-version': 'another version',
      'cpe-vendor-product': 'same CPE vendor and product',
    },
    link: 'Link this report',
    noLink: 'Not linked (a new case of its own)',
    asDuplicate: 'Duplicate of {{ref}}',
    asRelated: 'Related to {{ref}}',
    duplicateNote:
      'The new case is closed as a duplicate, the original records a second independent report, and the letter to this finder says the issue is already being handled.',
    letterNamesFirst:
      'The letter names the first finder of {{ref}} ({{text}}): remove it before creating the case.',
    closedAsDuplicate: 'Duplicate of {{ref}}: the issue is already being handled there.',
  },
  ja: {
    title: '重複・関連する案件',
    intro: '受付中・終了済みのすべての案件と、製品識別子、CVE ID、CWE、文面の類似で照合します。',
    identifiers: '製品識別子（PURL または CPE 2.3）',
    cves: 'CVE ID',
    cwes: 'CWE',
    none: '製品・CVE ID・文面が共通する案件はありません。',
    closed: '終了',
    offered: {
      duplicate: '重複の候補',
      related: '関連の可能性',
    },
    reason: {
      product: '同じ製品: {{identifier}}（{{match}}）',
      cve: '同じ CVE ID: {{id}}',
      cwe: '同じ CWE: {{id}}',
      text: '文面が類似（{{percent}}%）',
    },
    match: {
      exact: '一致',
      'in-range': '影響範囲内のバージョン',
      'other-version': '別のバージョン',
      'cpe-vendor-product': 'CPE のベンダーと製品が一致',
    },
    link: 'この届出の関連付け',
    noLink: '関連付けない（新しい案件として扱う）',
    asDuplicate: '{{ref}} の重複',
    asRelated: '{{ref}} に関連',
    duplicateNote:
      '新しい案件は重複として終了し、元の案件には別の発見者からの独立した届出として記録します。この発見者への連絡文は、すでに対応中である旨をお知らせします。',
    letterNamesFirst:
      '連絡文に {{ref}} の最初の発見者（{{text}}）が含まれています。削除してから案件を作成してください。',
    closedAsDuplicate: '{{ref}} の重複: すでに対応中の案件です。',
  },
} satisfies FeatureMessages;
