import type { FeatureMessages } from '../../i18n/messages';

/** Confidentiality between vendors (issue 23): the vendor-safe summary on the case screen,
 *  letter fields and the seal's refusal and override (`t('confidentiality.…')`). */
export const confidentialityMessages = {
  en: {
    summary: {
      title: 'What vendors may read',
      intro:
        'Letters to vendors use this summary, never the internal case title, which may name the product or another vendor.',
      label: 'Vendor-safe summary',
      placeholder: 'e.g. A stored cross-site scripting issue in the administration screen',
      shareable: 'The case title may be shown to vendors',
      save: 'Save',
      saved: 'Saved.',
      noChanges: 'No changes to save.',
    },
    field: {
      caseRef: 'Case reference',
      developerName: 'Vendor name',
      recipientName: 'Recipient name',
      productName: 'Product name',
      summary: 'Summary for the vendor',
      targetDate: 'Target publication date',
      proposedDate: 'Proposed publication date',
      lastContactDate: 'Date of the last contact',
      firstContactDate: 'Date of the first contact',
      previousDate: 'Previous publication date',
      newDate: 'New publication date',
      agreedDate: 'Publication date that had been agreed',
      endCause: 'Why the embargo ended',
      publicationMoment: 'Publication now',
      organisationName: 'Our organisation',
    },
    fieldHint: {
      summary: 'From the case (Overview → What vendors may read)',
      organisationName: 'From Settings → Organisation',
      vendorUnknown:
        'The chosen key belongs to no contact: type the name, or put the key’s fingerprint on the vendor’s contact (Contacts).',
    },
    refused: 'Not sealed: this text would tell the recipient something it must not know.',
    hit: '{{hit}}',
    edit: 'Edit the text, or give a reason to send it anyway (recorded in the case timeline).',
    overrideReason: 'Reason to send anyway (at least {{min}} characters)',
    tooShort: 'The reason needs at least {{min}} characters.',
    placeholderLeft:
      'Not sealed: the letter still holds the field "{{name}}". Fill it in the subject or the body.',
    bundleRefused:
      'Not exported: the vendor view would tell the vendor something it must not know.',
  },
  ja: {
    summary: {
      title: 'ベンダーに伝えてよい内容',
      intro:
        'ベンダー宛ての文書にはこの概要を使います。内部用の案件名は製品名や他のベンダー名を含むことがあるため使いません。',
      label: 'ベンダー向け概要',
      placeholder: '例: 管理画面における格納型クロスサイトスクリプティング',
      shareable: '案件名をベンダーに見せてもよい',
      save: '保存',
      saved: '保存しました。',
      noChanges: '保存する変更はありません。',
    },
    field: {
      caseRef: '管理番号',
      developerName: 'ベンダー名',
      recipientName: '宛先名',
      productName: '製品名',
      summary: 'ベンダー向け概要',
      targetDate: '公表予定日',
      proposedDate: '提案する公表日',
      lastContactDate: '前回の連絡日',
      firstContactDate: '最初の連絡日',
      previousDate: '変更前の公表日',
      newDate: '新しい公表日',
      agreedDate: '合意していた公表日',
      endCause: 'エンバーゴ終了の理由',
      publicationMoment: '公表の時期',
      organisationName: '当組織名',
    },
    fieldHint: {
      summary: '案件から（概要タブ →「ベンダーに伝えてよい内容」）',
      organisationName: '設定 →「組織」から',
      vendorUnknown:
        '選んだ鍵はどの連絡先にも結び付いていません。名前を入力するか、ベンダーの連絡先（連絡先）にこの鍵のフィンガープリントを登録してください。',
    },
    refused: '封緘していません: 宛先が知ってはならない内容が含まれています。',
    hit: '{{hit}}',
    edit: '文面を修正するか、それでも送る理由を入力してください（案件のタイムラインに記録されます）。',
    overrideReason: 'それでも送る理由（{{min}} 文字以上）',
    tooShort: '理由は {{min}} 文字以上で入力してください。',
    placeholderLeft:
      '封緘していません: 文面に項目「{{name}}」が残っています。件名または本文で埋めてください。',
    bundleRefused:
      'エクスポートしていません: ベンダー向けの内容に、そのベンダーが知ってはならない情報が含まれています。',
  },
} satisfies FeatureMessages;
